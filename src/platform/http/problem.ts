import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { UiLocale } from '../../engine/i18n/locales.js';
import { AppError, renderProblem, type ErrorCode, type FieldProblem, type RenderedFieldProblem } from '../errors/app-error.js';
import { httpStatusByCode } from '../errors/http-status.js';
import { problemText, type ProblemKey, type ProblemParams } from '../i18n/problems.js';
import { readerLocale } from './reader-locale.js';

/**
 * RFC 9457 Problem Details, with Kuulo's stable `code`, the request id for support, and the words in
 * the reader's language: `messageKey` and `params` say the same as `detail` for programs.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  messageKey: ProblemKey;
  params?: ProblemParams;
  requestId: string;
  errors?: RenderedFieldProblem[];
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
};

const fastifyMessageKeys: Partial<Record<ErrorCode, ProblemKey>> = {
  invalid_json: 'http.invalidJson',
  unsupported_media_type: 'http.unsupportedMediaType',
  payload_too_large: 'http.payloadTooLarge',
};

/** Turns anything thrown into a Problem in `locale`; only unexpected errors become a 500, and those say nothing of internals. */
export function toProblem(error: unknown, requestId: string, locale: UiLocale = 'en'): { problem: Problem; isUnexpected: boolean; retryAfterSeconds?: number } {
  let code: ErrorCode;
  let messageKey: ProblemKey;
  let params: ProblemParams = {};
  let errors: FieldProblem[] = [];
  let retryAfterSeconds: number | undefined;
  let isUnexpected = false;
  if (error instanceof AppError) {
    ({ code, messageKey, params } = error);
    errors = error.options.errors ?? [];
    retryAfterSeconds = error.options.retryAfterSeconds;
  } else if (isClientFastifyError(error)) {
    code = fastifyCodes[error.code] ?? (error instanceof SyntaxError ? 'invalid_json' : 'bad_request');
    // Fastify words these itself, in English; its words are kept as a parameter.
    messageKey = fastifyMessageKeys[code] ?? 'http.badRequest';
    params = { reason: error.message };
  } else {
    code = 'internal_error';
    messageKey = 'http.internal';
    isUnexpected = true;
  }
  const rendered = renderProblem(locale, messageKey, params, errors);
  const problem: Problem = {
    type: `urn:kuulo:problem:${code}`,
    title: problemText(locale, `title.${code}`),
    status: httpStatusByCode[code],
    code,
    detail: rendered.detail,
    messageKey,
    ...(Object.keys(params).length ? { params } : {}),
    requestId,
  };
  if (rendered.errors.length) problem.errors = rendered.errors;
  return { problem, isUnexpected, retryAfterSeconds };
}

function isClientFastifyError(error: unknown): error is FastifyError {
  const status = (error as FastifyError | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const { problem, isUnexpected, retryAfterSeconds } = toProblem(error, String(request.id), readerLocale(request));
  if (isUnexpected) request.log.error({ err: error }, 'unexpected error');
  else request.log.info({ code: problem.code, status: problem.status }, error instanceof Error ? error.message : problem.detail);
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(Math.ceil(retryAfterSeconds)));
  return reply.code(problem.status).type('application/problem+json').send(problem);
}
