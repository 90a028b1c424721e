import { useState } from 'react';
import type { FormEvent } from 'react';
import { bulkChangeCases } from '../../api/cases.js';
import type { BulkResult, RespondSettings } from '../../api/cases.js';
import { Dialog } from '../../components/Dialog.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ClosingFields, closingProblems } from './ClosingFields.js';
import type { Closing } from './ClosingFields.js';
import { FormErrorAlert } from '../../forms/FormErrorAlert.js';

interface BulkCloseDialogProps {
  workspaceId: string;
  caseIds: string[];
  rootCauses: RespondSettings['rootCauses'];
  isOpen: boolean;
  onDismiss: () => void;
  onDone: (result: BulkResult) => void;
}

/** Closes the chosen cases with one root cause and resolution. */
export function BulkCloseDialog({ isOpen, onDismiss, caseIds, ...rest }: BulkCloseDialogProps) {
  const { t, formatNumber } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('respond.bulk.closeTitle', { count: formatNumber(caseIds.length) })} onDismiss={onDismiss}>
      {isOpen && <BulkCloseForm caseIds={caseIds} onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

function BulkCloseForm({ workspaceId, caseIds, rootCauses, onDismiss, onDone }: Omit<BulkCloseDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const [closing, setClosing] = useState<Closing>({ rootCause: '', resolution: '' });
  const [shown, setShown] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const problems = closingProblems(closing);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    setServerError(null);
    if (problems.rootCause || problems.resolution) return;
    setIsBusy(true);
    try {
      onDone(await bulkChangeCases(workspaceId, { caseIds, close: { rootCause: closing.rootCause, resolution: closing.resolution.trim() } }));
    } catch (error) {
      setServerError(error);
      setIsBusy(false);
    }
  };

  return (
    <form className="form bulk-close-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrorAlert error={serverError} fields={['close.rootCause', 'close.resolution']} />
      <ClosingFields value={closing} onChange={setClosing} rootCauses={rootCauses} problems={shown ? problems : {}} serverError={serverError} pathPrefix="close." disabled={isBusy} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('common.saving') : t('respond.bulk.closeButton')}
        </button>
      </div>
    </form>
  );
}
