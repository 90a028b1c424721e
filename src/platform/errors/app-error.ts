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

/** One invalid field: where (`body.email`, `query.limit`) and what is wrong with it. */
export interface FieldProblem {
  path: string;
  problem: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { errors?: FieldProblem[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const invalidInput = (errors: FieldProblem[], message = 'The request has invalid values; see errors.') =>
  new AppError('invalid_input', message, { errors });

type Issues = readonly { path: readonly PropertyKey[]; message: string }[];

/** Each field zod refused, under `prefix` (`body`, `body.contacts.3`). */
export const fieldProblemsFrom = (issues: Issues, prefix: string): FieldProblem[] => issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].join('.'), problem: issue.message }));

/** A 4xx naming each field zod refused, under `prefix`. */
export const invalidInputFrom = (issues: Issues, prefix: string) => invalidInput(fieldProblemsFrom(issues, prefix));
