import type { MessageKey, MessageParams } from '../i18n/messages.js';

/** Checks run in the browser before a form is sent; the server checks again and has the last word. */

export const minPasswordLength = 12;

export type FieldErrors<F extends string> = Partial<Record<F, { key: MessageKey; params?: MessageParams }>>;

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export function checkRequired(value: string): { key: MessageKey } | undefined {
  return value.trim() ? undefined : { key: 'field.required' };
}

export function checkEmail(value: string): { key: MessageKey } | undefined {
  return checkRequired(value) ?? (isEmail(value) ? undefined : { key: 'field.email' });
}

export function checkPassword(value: string, isRequired = true): { key: MessageKey; params?: MessageParams } | undefined {
  if (!value && !isRequired) return undefined;
  return checkRequired(value) ?? (value.length >= minPasswordLength ? undefined : { key: 'field.passwordTooShort', params: { min: minPasswordLength } });
}

export function hasErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.values(errors).some(Boolean);
}

/** Only the fields that have a problem, for forms (useCheckedForm) that send when there is none. */
export function onlyProblems<F extends string>(errors: FieldErrors<F>): FieldErrors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, problem]) => problem)) as FieldErrors<F>;
}
