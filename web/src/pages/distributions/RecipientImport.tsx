import { useId } from 'react';
import { startRecipientImport } from '../../api/distributions.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { ImportFailures } from '../../components/ImportFailures.js';
import { describeError } from '../../forms/errors.js';
import { isImportFinished, useCsvUpload, useImportProgress } from '../../hooks/useCsvImport.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Follows a recipients upload to its end: how far it got, then the rows it could not take, by line. */
export function RecipientImportProgress({ workspaceId, importId, onFinished }: { workspaceId: string; importId: string; onFinished: () => void }) {
  const { t, formatNumber } = useI18n();
  const progressId = useId();
  const { job, error } = useImportProgress(workspaceId, importId, onFinished);

  if (error !== null) return <Alert tone="error">{describeError(t, error)}</Alert>;
  if (!job || !isImportFinished(job)) {
    const processed = job?.processedRows ?? 0;
    const total = job?.totalRows ?? 0;
    return (
      <div className="field recipient-import">
        <label htmlFor={progressId}>{t('distributions.csv.progress', { processed: formatNumber(processed), total: formatNumber(total) })}</label>
        <progress id={progressId} max={Math.max(total, 1)} value={processed} />
      </div>
    );
  }
  return (
    <div className="stack recipient-import">
      {job.status === 'failed' ? (
        <Alert tone="error">{t('distributions.csv.failed')}</Alert>
      ) : (
        <Alert tone={job.failures.length > 0 ? 'warning' : 'success'} title={t('distributions.csv.done')}>
          <p>{t('distributions.csv.summary', { added: formatNumber(job.processedRows - job.failures.length), failed: formatNumber(job.failures.length) })}</p>
        </Alert>
      )}
      <ImportFailures failures={job.failures} caption={t('distributions.csv.failures')} />
    </div>
  );
}

interface RecipientsDialogProps {
  workspaceId: string;
  distributionId: string;
  isOpen: boolean;
  onDismiss: () => void;
  onFinished: () => void;
}

/** Adds recipients to a saved distribution from a CSV; to one already sending, they go at once. */
export function RecipientsDialog({ isOpen, onDismiss, ...rest }: RecipientsDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('distributions.csv.title')} onDismiss={onDismiss}>
      {isOpen && <RecipientsForm onDismiss={onDismiss} {...rest} />}
    </Dialog>
  );
}

function RecipientsForm({ workspaceId, distributionId, onDismiss, onFinished }: Omit<RecipientsDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const fileId = useId();
  const hintId = useId();
  const upload = useCsvUpload((csv) => startRecipientImport(workspaceId, distributionId, csv), t('distributions.csv.chooseFile'));
  const importId = upload.started?.id;

  if (importId) {
    return (
      <div className="form">
        <RecipientImportProgress workspaceId={workspaceId} importId={importId} onFinished={onFinished} />
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onDismiss}>
            {t('common.close')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={(event) => void upload.submit(event)} noValidate>
      {upload.error !== null && <Alert tone="error">{describeError(t, upload.error)}</Alert>}
      <div className="field">
        <label htmlFor={fileId}>{t('distributions.csv.file')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv" aria-describedby={hintId} aria-invalid={upload.fileError ? true : undefined} onChange={(event) => upload.chooseFile(event.target.files?.[0] ?? null)} disabled={upload.isBusy} />
        {upload.fileError && <p className="field-error">{upload.fileError}</p>}
        <p id={hintId} className="field-hint">{t('distributions.csv.hint')}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={upload.isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={upload.isBusy}>
          {upload.isBusy ? t('distributions.csv.uploading') : t('distributions.csv.upload')}
        </button>
      </div>
    </form>
  );
}
