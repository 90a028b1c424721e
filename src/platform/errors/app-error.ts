import type { z } from 'zod';
import type { UiLocale } from '../../engine/i18n/locales.js';
import { issueText, problemText, sayRecognised, type IssueWithInput, type ProblemKey, type ProblemParams } from '../i18n/problems.js';

/**
 * The one error type that logic raises. It knows nothing of HTTP: the edge maps
 * each code to a status in `http-status.ts`.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_json'
  | 'bad_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'route_not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'edit_conflict'
  | 'setup_done'
  | 'setup_token_invalid'
  | 'last_owner'
  | 'survey_closed'
  | 'survey_not_open'
  | 'survey_full'
  | 'link_used'
  | 'link_expired'
  | 'link_invalid'
  | 'rate_limited'
  | 'not_ready'
  | 'internal_error';

/**
 * One invalid field: where (`body.email`, `query.limit`) and what is wrong with it, as a catalogue
 * key, or as the English words of a zod schema or the engine (said in the reader's language through
 * the catalogue when the problem is written).
 */
export type FieldProblem =
  | { path: string; key: ProblemKey; params?: ProblemParams }
  | { path: string; text: string; issue?: IssueWithInput };

export interface AppErrorOptions {
  params?: ProblemParams;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * `code` says what kind of failure it is (and so the HTTP status); `messageKey` and `params` say it in
 * words, rendered in the reader's language when the problem is written. `message` is the English
 * rendering, for logs.
 */
export class AppError extends Error {
  readonly params: ProblemParams;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: ProblemKey,
    readonly options: AppErrorOptions = {},
  ) {
    super(renderProblem('en', messageKey, options.params ?? {}, options.errors ?? []).detail, { cause: options.cause });
    this.name = 'AppError';
    this.params = options.params ?? {};
  }
}

/** A field problem as written: where, and what is wrong in the reader's words. */
export interface RenderedFieldProblem {
  path: string;
  problem: string;
}

/**
 * A problem's detail and field problems in one language. A detail that names `{problem}` without
 * being given it shows the first field problem, in the same language.
 */
export function renderProblem(locale: UiLocale, key: ProblemKey, params: ProblemParams, errors: readonly FieldProblem[]): { detail: string; errors: RenderedFieldProblem[] } {
  const rendered = errors.map((problem) => ({ path: problem.path, problem: fieldProblemText(locale, problem) }));
  const detail = problemText(locale, key, { problem: rendered[0]?.problem ?? '', ...params });
  return { detail, errors: rendered };
}

function fieldProblemText(locale: UiLocale, problem: FieldProblem): string {
  if ('key' in problem) return problemText(locale, problem.key, problem.params);
  if (problem.issue) return issueText(locale, problem.issue);
  return sayRecognised(locale, problem.text) ?? problem.text;
}

export const notFound = (key: ProblemKey, params?: ProblemParams) => new AppError('not_found', key, { params });
export const invalidInput = (errors: FieldProblem[], key: ProblemKey = 'input.invalid') => new AppError('invalid_input', key, { errors });

/** A 4xx whose detail names the first refused field and counts the others. */
export const invalidFields = (errors: FieldProblem[]) =>
  new AppError('invalid_input', errors.length > 1 ? 'input.firstProblemMore' : 'input.firstProblem', { params: { path: errors[0]?.path ?? '', more: errors.length - 1 }, errors });

/** The words the engine uses for a field (`answers.q1`, `definition.pages.0`), under `prefix`. */
export const fieldProblemsSaid = (problems: readonly { path: string; problem: string }[], prefix?: string): FieldProblem[] =>
  problems.map((problem) => ({ path: prefix ? `${prefix}.${problem.path}` : problem.path, text: problem.problem }));

/**
 * Each field zod refused, under `prefix` (`body`, `body.contacts.3`). `root` is the value parsed: with
 * it, a missing field reads "is required" and zod's messages can be said again in another language.
 */
export function fieldProblemsFrom(issues: readonly z.core.$ZodIssue[], prefix: string, root?: unknown): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const at = [prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...at, key].join('.'), key: 'field.unknownField' as const }));
    const input = valueAt(root, issue.path);
    if (issue.code === 'invalid_type' && input === undefined) return [{ path: at.join('.'), key: 'field.required' }];
    return [{ path: at.join('.'), text: issue.message, issue: { ...issue, input } as IssueWithInput }];
  });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A 4xx naming each field zod refused, under `prefix`. */
export const invalidInputFrom = (issues: readonly z.core.$ZodIssue[], prefix: string, root?: unknown) => invalidInput(fieldProblemsFrom(issues, prefix, root));
