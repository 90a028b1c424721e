import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldProblem } from '../errors/app-error.js';
import { httpStatusByCode } from '../errors/http-status.js';

/** RFC 9457 Problem Details, with Kuulo's stable `code` and the request id for support. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  requestId: string;
  errors?: FieldProblem[];
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
};

/** Turns anything thrown into a Problem; only unexpected errors become a 500, and those say nothing of internals. */
export function toProblem(error: unknown, requestId: string): { problem: Problem; isUnexpected: boolean; retryAfterSeconds?: number } {
  let code: ErrorCode;
  let detail: string;
  let errors: FieldProblem[] | undefined;
  let retryAfterSeconds: number | undefined;
  let isUnexpected = false;
  if (error instanceof AppError) {
    code = error.code;
    detail = error.message;
    errors = error.options.errors;
    retryAfterSeconds = error.options.retryAfterSeconds;
  } else if (isClientFastifyError(error)) {
    code = fastifyCodes[error.code] ?? (error instanceof SyntaxError ? 'invalid_json' : 'bad_request');
    detail = code === 'invalid_json' ? `The request body is not valid JSON: ${error.message}` : error.message;
  } else {
    code = 'internal_error';
    detail = 'Something went wrong on our side. It has been logged; quote the request id if you report it.';
    isUnexpected = true;
  }
  const { status, title } = httpStatusByCode[code];
  const problem: Problem = { type: `urn:kuulo:problem:${code}`, title, status, code, detail, requestId };
  if (errors?.length) problem.errors = errors;
  return { problem, isUnexpected, retryAfterSeconds };
}

function isClientFastifyError(error: unknown): error is FastifyError {
  const status = (error as FastifyError | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const { problem, isUnexpected, retryAfterSeconds } = toProblem(error, String(request.id));
  if (isUnexpected) request.log.error({ err: error }, 'unexpected error');
  else request.log.info({ code: problem.code, status: problem.status }, problem.detail);
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(Math.ceil(retryAfterSeconds)));
  return reply.code(problem.status).type('application/problem+json').send(problem);
}
