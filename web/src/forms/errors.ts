import { ApiError } from '../api/client.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A sentence for a failed call: ours for the common cases, else the server's own `detail`. */
export function describeError(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.generic');
  if (error.status === 0) return t('error.network');
  if (error.status === 429 || error.code === 'rate_limited') return t('error.rateLimited');
  if (error.detail) return error.detail;
  if (error.status === 403) return t('error.forbidden');
  return t('error.generic');
}

/** The server's problem for one field, if the error names it. */
export function serverFieldError(error: unknown, field: string): string | undefined {
  const problem = error instanceof ApiError ? error.fieldProblem(field) : undefined;
  // The server words problems as fragments ("must be at least 12 characters"); shown alone, they read as sentences.
  return problem ? problem.charAt(0).toUpperCase() + problem.slice(1) : undefined;
}

/** True when every problem in the error is shown next to a field, so a summary would repeat them. */
export function isOnlyAboutFields(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && error.errors.length > 0 && fields.length > 0 &&
    error.errors.every((problem) => fields.some((field) => error.fieldProblem(field) === problem.problem));
}
