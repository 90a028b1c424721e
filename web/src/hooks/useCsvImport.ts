import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { getContactImport } from '../api/contacts.js';
import type { ContactImport } from '../api/contacts.js';

const pollEveryMs = 1000;

/** Whether an import has come to its end, done or failed. */
export const isImportFinished = (job: ContactImport | null): boolean => job?.status === 'done' || job?.status === 'failed';

export interface CsvUpload<S> {
  chooseFile: (file: File | null) => void;
  /** Said beside the file field when the form was sent without a file. */
  fileError: string | undefined;
  isBusy: boolean;
  error: unknown;
  /** The import as it started; null until the file has been sent. */
  started: S | null;
  submit: (event: FormEvent) => Promise<void>;
}

/** A form that sends one CSV file to start an import; `noFile` is what it says when sent without one. */
export function useCsvUpload<S>(start: (csv: string) => Promise<S>, noFile: string): CsvUpload<S> {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [started, setStarted] = useState<S | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) return setFileError(noFile);
    setFileError(undefined);
    setIsBusy(true);
    try {
      setStarted(await start(await file.text()));
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };
  return { chooseFile: setFile, fileError, isBusy, error, started, submit };
}

/**
 * Follows an import of contacts (or of a distribution's recipients) to its end. It asks at once
 * when nothing is known of the import yet, else a second after the last answer; each new answer
 * schedules the next question. `onFinished` is called when an answer says the import has finished.
 */
export function useImportProgress(workspaceId: string, importId: string, onFinished: () => void, started: ContactImport | null = null): { job: ContactImport | null; error: unknown } {
  const [job, setJob] = useState<ContactImport | null>(started);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (isImportFinished(job)) return;
    let isCurrent = true;
    const timer = window.setTimeout(
      () => {
        getContactImport(workspaceId, importId).then(
          (next) => {
            if (!isCurrent) return;
            setJob(next);
            if (isImportFinished(next)) onFinished();
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

  return { job, error };
}
