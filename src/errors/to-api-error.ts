import { HttpException } from '@nestjs/common';
import { ApiError } from './api-error.js';
import { databaseErrorToApiError } from './database-errors.js';
import type { ErrorCode } from './error-catalogue.js';

const FASTIFY_ERRORS: Record<string, { code: ErrorCode; detail: (error: Error) => string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 60003, detail: (e) => `The request body is not valid JSON: ${e.message}` },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 60003, detail: () => 'The request body is empty but Content-Type is application/json.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 60004, detail: (e) => e.message },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 60002, detail: (e) => e.message },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 60005, detail: () => 'The request body is larger than the limit.' },
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 60002,
  401: 70401,
  403: 70403,
  404: 70404,
  405: 60009,
  406: 60007,
  413: 60005,
  415: 60004,
  429: 70429,
  503: 70503,
  504: 70504,
};

/** Turns whatever was thrown into the ApiError it answers; `undefined` means an unexpected fault (60006). */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  // Nest wraps Fastify's own errors (body parsing, media type, size) in an HttpException.
  if (error instanceof HttpException && error.cause) {
    const inner = toApiError(error.cause);
    if (inner) return inner;
  }
  const fastifyCode = (error as { code?: string })?.code;
  if (fastifyCode && FASTIFY_ERRORS[fastifyCode]) {
    const mapping = FASTIFY_ERRORS[fastifyCode];
    return new ApiError(mapping.code, mapping.detail(error as Error));
  }
  // JSON.parse errors raised by Fastify's parser carry a 400 status and a SyntaxError name.
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return new ApiError(60003, `The request body is not valid JSON: ${error.message}`);
  }
  // Node's error for a request whose connection closed before its body arrived in full (the client
  // went away, or the request timeout cut it off). It carries ECONNRESET, as a dropped database
  // connection does, and was logged as "The database is unreachable".
  if (isAbortedRequest(error)) return new ApiError(60014, 'The connection closed before the request body arrived in full.');
  const database = databaseErrorToApiError(error);
  if (database) return database;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = STATUS_CODES[status];
    if (code) return new ApiError(code, httpExceptionDetail(error));
  }
  const status = (error as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500 && STATUS_CODES[status]) {
    return new ApiError(STATUS_CODES[status], (error as Error).message);
  }
  return undefined;
}

function isAbortedRequest(error: unknown): boolean {
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  return message === 'aborted' && code === 'ECONNRESET';
}

function httpExceptionDetail(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message;
}
