import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from './api-error.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';

/** Writes an ApiError as an RFC 9457 problem in the platform's envelope. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: ApiError): FastifyReply {
  const entry = ERROR_CATALOGUE[error.code];
  const body = {
    type: `/errors/${error.code}`,
    title: entry.title,
    status: entry.status,
    detail: error.detail,
    instance: request.url.split('?')[0],
    errorCode: error.code,
    errorMessage: entry.errorMessage,
    transactionId: String(request.id),
    ...(error.options.details?.length ? { details: error.options.details } : {}),
    ...(error.options.extra ?? {}),
  };
  for (const [name, value] of Object.entries(error.options.headers ?? {})) reply.header(name, value);
  // A body that failed before its first byte (a page whose first rows could not be read) had set its
  // coding already; the problem that replaces it comes as it is.
  reply.removeHeader('content-encoding');
  return reply.status(entry.status).header('x-transaction-id', String(request.id)).type('application/problem+json').send(body);
}
