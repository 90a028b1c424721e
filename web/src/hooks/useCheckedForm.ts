import { useEffect, useRef, useState } from 'react';
import type { FormEvent, RefObject } from 'react';
import { serverFieldError } from '../forms/errors.js';
import type { FieldErrors } from '../forms/validate.js';
import { useI18n } from '../i18n/I18nProvider.js';

type Problems = FieldErrors<string>;

interface CheckedFormOptions<F> {
  initial: F | (() => F);
  /** What the browser finds wrong; the form is sent only when it finds nothing. */
  check: (form: F) => Problems;
  /** Problems shown as the person types, under those a save attempt found. */
  live?: (form: F) => Problems;
  /** Sends the form; resolves to the form as the server now has it, or to nothing to keep the one typed. */
  save: (form: F) => Promise<F | void>;
}

export interface CheckedForm<F> {
  form: F;
  /** Takes changed fields; once a save attempt found problems, they are checked again at every change. */
  change: (changes: Partial<F>) => void;
  /** The problem at a field: the browser's own, else what the server said about it. */
  errorFor: (path: string) => string | undefined;
  submit: (event: FormEvent) => Promise<void>;
  serverError: unknown;
  isBusy: boolean;
  isSaved: boolean;
  /** For the form element: after a save that found problems, the first field with one gets the focus. */
  formRef: RefObject<HTMLFormElement | null>;
}

/** An editor's form: checked in the browser before it is saved, with the server's problems shown beside their fields. */
export function useCheckedForm<F>({ initial, check, live, save }: CheckedFormOptions<F>): CheckedForm<F> {
  const { t } = useI18n();
  const [form, setForm] = useState<F>(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.closest('.field, fieldset')?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [attempt]);

  const change = (changes: Partial<F>) => {
    const next = { ...form, ...changes };
    setForm(next);
    setIsSaved(false);
    if (Object.keys(problems).length > 0) setProblems(check(next));
  };
  const shown = live?.(form) ?? {};
  const errorFor = (path: string): string | undefined => {
    const local = problems[path] ?? shown[path];
    return local ? t(local.key, local.params) : serverFieldError(serverError, path);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(form);
    setProblems(found);
    setServerError(null);
    setIsSaved(false);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    setIsBusy(true);
    try {
      const saved = await save(form);
      if (saved) setForm(saved);
      setIsSaved(true);
    } catch (error) {
      setServerError(error);
      setAttempt((n) => n + 1);
    } finally {
      setIsBusy(false);
    }
  };

  return { form, change, errorFor, submit, serverError, isBusy, isSaved, formRef };
}
