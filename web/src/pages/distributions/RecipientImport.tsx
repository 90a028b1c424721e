import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { getContactImport } from '../../api/contacts.js';
import type { ContactImport } from '../../api/contacts.js';
import { startRecipientImport } from '../../api/distributions.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { describeError } from '../../forms/errors.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const pollEveryMs = 1000;
const isFinished = (job: ContactImport | null) => job?.status === 'done' || job?.status === 'failed';

/** Follows a recipients upload to its end: how far it got, then the rows it could not take, by line. */
export function RecipientImportProgress({ workspaceId, importId, onFinished }: { workspaceId: string; importId: string; onFinished: () => void }) {
  const { t, formatNumber } = useI18n();
  const progressId = useId();
  const [job, setJob] = useState<ContactImport | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Asks once a second until the import has finished; a new answer schedules the next question.
  useEffect(() => {
    if (isFinished(job)) return;
    let isCurrent = true;
    const timer = window.setTimeout(
      () => {
        getContactImport(workspaceId, importId).then(
          (next) => {
            if (!isCurrent) return;
            setJob(next);
            if (isFinished(next)) onFinished();
          },
          (failure: unknown) => {
            if (isCurrent) setError(failure);
          },
        );
      },
      job ? pollEveryMs : 0,
    );
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [job, workspaceId, importId]);

  if (error !== null) return <Alert tone="error">{describeError(t, error)}</Alert>;
  if (!job || !isFinished(job)) {
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
      {job.failures.length > 0 && (
        <div className="table-scroll import-failures">
          <table className="data-table">
            <caption className="import-failures-caption">{t('distributions.csv.failures')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">{t('distributions.csv.line')}</th>
                <th scope="col">{t('distributions.csv.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {job.failures.map((failure) => (
                <tr key={`${failure.line}-${failure.problem}`}>
                  <td data-label={t('distributions.csv.line')} className="numeric">{failure.line}</td>
                  <td data-label={t('distributions.csv.problem')}>{failure.problem}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [importId, setImportId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) return setFileError(t('distributions.csv.chooseFile'));
    setFileError(undefined);
    setIsBusy(true);
    try {
      setImportId((await startRecipientImport(workspaceId, distributionId, await file.text())).id);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

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
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      <div className="field">
        <label htmlFor={fileId}>{t('distributions.csv.file')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv" aria-describedby={hintId} aria-invalid={fileError ? true : undefined} onChange={(event) => setFile(event.target.files?.[0] ?? null)} disabled={isBusy} />
        {fileError && <p className="field-error">{fileError}</p>}
        <p id={hintId} className="field-hint">{t('distributions.csv.hint')}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('distributions.csv.uploading') : t('distributions.csv.upload')}
        </button>
      </div>
    </form>
  );
}
