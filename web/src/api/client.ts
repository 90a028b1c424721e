import type { ProblemKey, ProblemParams } from '../../../src/platform/i18n/problems.js';
import type { FieldProblem } from './types.js';

/**
 * A failed API call, parsed from the server's Problem Details body
 * (RFC 9457). `status` 0 means the server could not be reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  readonly requestId: string | null;
  /** What `detail` says, as the server's stable key (`survey.editConflict`), with the values it names. */
  readonly messageKey: ProblemKey | null;
  readonly params: ProblemParams;

  constructor(init: { status: number; code: string; detail: string; errors?: FieldProblem[]; requestId?: string | null; messageKey?: ProblemKey | null; params?: ProblemParams }) {
    super(init.detail || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId ?? null;
    this.messageKey = init.messageKey ?? null;
    this.params = init.params ?? {};
  }

  /** The problem reported for one input field; paths may read "email" or "body.email". */
  fieldProblem(field: string): string | undefined {
    return this.errors.find((e) => normalizePath(e.path) === field)?.problem;
  }
}

export function normalizePath(path: string): string {
  return path.replace(/^\/+/, '').replace(/^body[./]/, '').replace(/\//g, '.');
}

export interface RequestOptions {
  /** Set for calls where 401 is an expected answer (the session probe, signing in). */
  isAuthProbe?: boolean;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;
let readerLanguage: string | null = null;

/** The token the server gave with the session; sent on every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * The language the app is shown in, sent as `Accept-Language` on every call, so the server's problems
 * come in it even before the person saves it as their own.
 */
export function setReaderLanguage(language: string | null): void {
  readerLanguage = language;
}

/** Called when any call other than an auth probe answers 401 (the session ended). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (readerLanguage) headers['accept-language'] = readerLanguage;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network_error', detail: '' });
  }

  if (response.status === 401 && !options.isAuthProbe) unauthorizedHandler?.();
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function readProblem(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page, say): fall back to the status alone.
  }
  const errors = Array.isArray(body['errors'])
    ? body['errors'].filter(isFieldProblem)
    : [];
  return new ApiError({
    status: response.status,
    code: typeof body['code'] === 'string' ? body['code'] : `http_${response.status}`,
    detail: typeof body['detail'] === 'string' ? body['detail'] : typeof body['title'] === 'string' ? body['title'] : '',
    errors,
    requestId: typeof body['requestId'] === 'string' ? body['requestId'] : null,
    messageKey: typeof body['messageKey'] === 'string' ? (body['messageKey'] as ProblemKey) : null,
    params: body['params'] && typeof body['params'] === 'object' ? (body['params'] as ProblemParams) : {},
  });
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['path'] === 'string' && typeof v['problem'] === 'string';
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};
