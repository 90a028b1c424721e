import type { ErrorCode } from './app-error.js';

/** The one table from error code to HTTP status, with the short title Problem Details carry. */
export const httpStatusByCode: Record<ErrorCode, { status: number; title: string }> = {
  invalid_input: { status: 422, title: 'Invalid input' },
  invalid_json: { status: 400, title: 'Malformed JSON' },
  bad_request: { status: 400, title: 'Bad request' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  csrf_failed: { status: 403, title: 'CSRF check failed' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  route_not_found: { status: 404, title: 'No such endpoint' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  setup_done: { status: 409, title: 'Setup already done' },
  setup_token_invalid: { status: 403, title: 'Setup token is wrong' },
  last_owner: { status: 409, title: 'A workspace needs an owner' },
  survey_closed: { status: 409, title: 'The survey is closed' },
  link_used: { status: 409, title: 'The link was already used' },
  link_expired: { status: 410, title: 'The link has expired' },
  link_invalid: { status: 403, title: 'The link is not valid' },
  rate_limited: { status: 429, title: 'Too many requests' },
  not_ready: { status: 503, title: 'Not ready' },
  internal_error: { status: 500, title: 'Internal error' },
};
