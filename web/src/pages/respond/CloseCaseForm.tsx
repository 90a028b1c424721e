import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { closeCase } from '../../api/cases.js';
import { serverFieldError } from '../../forms/errors.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';
import { useAction } from '../../hooks/useAction.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FieldNotes } from '../../components/FieldNotes.js';
import { ClosingFields, closingProblems } from './ClosingFields.js';
import type { Closing } from './ClosingFields.js';
import type { CaseFormProps } from './CaseWork.js';

const fieldNames = ['rootCause', 'resolution', 'sendRecoverySurvey'] as const;

/** Closing needs a root cause and a resolution; the customer may get the recovery survey when the workspace has one. */
export function CloseCaseForm({ workspaceId, item, lookups, onChange }: CaseFormProps) {
  const { t } = useI18n();
  const [closing, setClosing] = useState<Closing>({ rootCause: '', resolution: '' });
  const hasRecovery = lookups.settings.recoverySurveyId !== null;
  const hasEmail = !!item.contact?.email;
  const [sendSurvey, setSendSurvey] = useState(false);
  const [isChecked, setIsChecked] = useState(false);
  const problems = closingProblems(closing);
  const recoveryId = useId();
  const close = useAction(async () => {
    onChange(await closeCase(workspaceId, item.id, { rootCause: closing.rootCause, resolution: closing.resolution.trim(), ...(hasRecovery ? { sendRecoverySurvey: sendSurvey } : {}) }));
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsChecked(true);
    if (!problems.rootCause && !problems.resolution) void close.run();
  };

  const surveyError = serverFieldError(close.error, 'sendRecoverySurvey');
  return (
    <section className="card case-card" aria-labelledby="case-close-title">
      <h2 id="case-close-title">{t('respond.close.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorAlert error={close.error} fields={fieldNames} />
        <ClosingFields value={closing} onChange={setClosing} rootCauses={lookups.settings.rootCauses} problems={isChecked ? problems : {}} serverError={close.error} disabled={close.isBusy} />
        {hasRecovery && (
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={sendSurvey}
                onChange={(event) => setSendSurvey(event.target.checked)}
                disabled={close.isBusy || !hasEmail}
                aria-describedby={`${recoveryId}-hint${surveyError ? ` ${recoveryId}-error` : ''}`}
                aria-invalid={surveyError ? true : undefined}
              />
              {t('respond.close.recovery')}
            </label>
            <FieldNotes hint={hasEmail ? t('respond.close.recoveryHint') : t('respond.close.recoveryNoEmail')} hintId={`${recoveryId}-hint`} error={surveyError} errorId={`${recoveryId}-error`} />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={close.isBusy}>
            {close.isBusy ? t('common.saving') : t('respond.close.button')}
          </button>
        </div>
      </form>
    </section>
  );
}
