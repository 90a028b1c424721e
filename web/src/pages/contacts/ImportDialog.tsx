import { useId } from 'react';
import { startContactImport } from '../../api/contacts.js';
import type { ContactImport } from '../../api/contacts.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { ImportFailures } from '../../components/ImportFailures.js';
import { describeError } from '../../forms/errors.js';
import { isImportFinished, useCsvUpload, useImportProgress } from '../../hooks/useCsvImport.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { importPercent } from './contactForm.js';

interface ImportDialogProps {
  workspaceId: string;
  isOpen: boolean;
  onDismiss: () => void;
  /** Called once when an import has finished, so the list can show the new contacts. */
  onFinished: () => void;
}

/** Uploads a CSV of contacts and follows the import until it is done. */
export function ImportDialog({ workspaceId, isOpen, onDismiss, onFinished }: ImportDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog isOpen={isOpen} title={t('contacts.import.title')} onDismiss={onDismiss}>
      {isOpen && <ImportForm workspaceId={workspaceId} onDismiss={onDismiss} onFinished={onFinished} />}
    </Dialog>
  );
}

function ImportForm({ workspaceId, onDismiss, onFinished }: Omit<ImportDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const fileId = useId();
  const hintId = useId();
  const upload = useCsvUpload(async (csv) => {
    const started = await startContactImport(workspaceId, csv);
    if (isImportFinished(started)) onFinished();
    return started;
  }, t('contacts.import.chooseFile'));

  if (upload.started) return <ImportProgress workspaceId={workspaceId} started={upload.started} onDismiss={onDismiss} onFinished={onFinished} />;

  return (
    <form className="form" onSubmit={(event) => void upload.submit(event)} noValidate>
      {upload.error !== null && <Alert tone="error">{describeError(t, upload.error)}</Alert>}
      <div className="field">
        <label htmlFor={fileId}>{t('contacts.import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          aria-invalid={upload.fileError ? true : undefined}
          onChange={(event) => upload.chooseFile(event.target.files?.[0] ?? null)}
          disabled={upload.isBusy}
        />
        {upload.fileError && <p className="field-error">{upload.fileError}</p>}
      </div>
      <div id={hintId} className="import-hint">
        <p>{t('contacts.import.hintHeader')}</p>
        <ul>
          <li>{t('contacts.import.hintColumns')}</li>
          <li>{t('contacts.import.hintAttributes')}</li>
          <li>{t('contacts.import.hintIdentity')}</li>
          <li>{t('contacts.import.hintMatch')}</li>
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={upload.isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={upload.isBusy}>
          {upload.isBusy ? t('contacts.import.uploading') : t('contacts.import.start')}
        </button>
      </div>
    </form>
  );
}

/** An import under way (asked about once a second), then what it did and the rows it could not take. */
function ImportProgress({ workspaceId, started, onDismiss, onFinished }: Omit<ImportDialogProps, 'isOpen'> & { started: ContactImport }) {
  const { t } = useI18n();
  const progressId = useId();
  const progress = useImportProgress(workspaceId, started.id, onFinished, started);
  const job = progress.job ?? started;
  const finished = isImportFinished(job);
  return (
    <div className="form import-progress">
      {!finished && (
        <div className="field">
          <label htmlFor={progressId}>{t('contacts.import.progress', { processed: job.processedRows, total: job.totalRows })}</label>
          <progress id={progressId} max={Math.max(job.totalRows, 1)} value={job.processedRows}>
            {importPercent(job.processedRows, job.totalRows)}%
          </progress>
        </div>
      )}
      {progress.error !== null && <Alert tone="error">{describeError(t, progress.error)}</Alert>}
      {job.status === 'failed' && <Alert tone="error">{t('contacts.import.failed')}</Alert>}
      {job.status === 'done' && (
        <Alert tone={job.failures.length > 0 ? 'warning' : 'success'} title={t('contacts.import.done')}>
          <p>{t('contacts.import.summary', { created: job.created, updated: job.updated, failed: job.failures.length })}</p>
        </Alert>
      )}
      {finished && <ImportFailures failures={job.failures} caption={t('contacts.import.failures')} />}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDismiss}>
          {finished ? t('common.close') : t('contacts.import.hide')}
        </button>
      </div>
    </div>
  );
}
