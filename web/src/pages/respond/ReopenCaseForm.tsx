import { useState } from 'react';
import type { FormEvent } from 'react';
import { reopenCase } from '../../api/cases.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { CaseFormProps } from './CaseWork.js';

/** Opens a resolved or closed case again, saying why. */
export function ReopenCaseForm({ workspaceId, item, onChange }: CaseFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [isMissing, setIsMissing] = useState(false);
  const reopen = useAction(async () => onChange(await reopenCase(workspaceId, item.id, reason.trim())));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsMissing(!reason.trim());
    if (reason.trim()) void reopen.run();
  };

  return (
    <section className="card case-card" aria-labelledby="case-reopen-title">
      <h2 id="case-reopen-title" tabIndex={-1}>{t('respond.reopen.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorAlert error={reopen.error} fields={['reason']} />
        <TextAreaField
          label={t('respond.reopen.reason')}
          value={reason}
          onValueChange={setReason}
          rows={3}
          error={isMissing ? t('respond.reopen.reasonMissing') : serverFieldError(reopen.error, 'reason')}
          maxLength={2000}
          disabled={reopen.isBusy}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={reopen.isBusy}>
            {reopen.isBusy ? t('common.saving') : t('respond.reopen.button')}
          </button>
        </div>
      </form>
    </section>
  );
}
