import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { getContactImport, startContactImport } from '../../api/contacts.js';
import type { ContactImport } from '../../api/contacts.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { describeError } from '../../forms/errors.js';
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

const pollEveryMs = 1000;

function isFinished(job: ContactImport): boolean {
  return job.status === 'done' || job.status === 'failed';
}

function ImportForm({ workspaceId, onDismiss, onFinished }: Omit<ImportDialogProps, 'isOpen'>) {
  const { t } = useI18n();
  const fileId = useId();
  const hintId = useId();
  const progressId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [job, setJob] = useState<ContactImport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  // Asks how the import is doing once a second until it has finished.
  useEffect(() => {
    if (!job || isFinished(job)) return;
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      getContactImport(workspaceId, job.id).then(
        (next) => {
          if (!isCurrent) return;
          setJob(next);
          if (isFinished(next)) onFinished();
        },
        (failure: unknown) => {
          if (isCurrent) setError(failure);
        },
      );
    }, pollEveryMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
    // A new answer from the server (a new object) schedules the next question.
  }, [job, workspaceId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) {
      setFileError(t('contacts.import.chooseFile'));
      return;
    }
    setFileError(undefined);
    setIsBusy(true);
    try {
      const started = await startContactImport(workspaceId, await file.text());
      setJob(started);
      if (isFinished(started)) onFinished();
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  if (job) {
    const finished = isFinished(job);
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
        {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
        {job.status === 'failed' && <Alert tone="error">{t('contacts.import.failed')}</Alert>}
        {job.status === 'done' && (
          <Alert tone={job.failures.length > 0 ? 'warning' : 'success'} title={t('contacts.import.done')}>
            <p>{t('contacts.import.summary', { created: job.created, updated: job.updated, failed: job.failures.length })}</p>
          </Alert>
        )}
        {finished && job.failures.length > 0 && (
          <div className="table-scroll import-failures">
            <table className="data-table">
              <caption className="import-failures-caption">{t('contacts.import.failures')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">{t('contacts.import.line')}</th>
                  <th scope="col">{t('contacts.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {job.failures.map((failure) => (
                  <tr key={`${failure.line}-${failure.problem}`}>
                    <td data-label={t('contacts.import.line')} className="numeric">{failure.line}</td>
                    <td data-label={t('contacts.import.problem')}>{failure.problem}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onDismiss}>
            {finished ? t('common.close') : t('contacts.import.hide')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {error !== null && <Alert tone="error">{describeError(t, error)}</Alert>}
      <div className="field">
        <label htmlFor={fileId}>{t('contacts.import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={hintId}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          disabled={isBusy}
        />
        {fileError && <p className="field-error">{fileError}</p>}
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
        <button type="button" className="button button-secondary" onClick={onDismiss} disabled={isBusy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? t('contacts.import.uploading') : t('contacts.import.start')}
        </button>
      </div>
    </form>
  );
}
