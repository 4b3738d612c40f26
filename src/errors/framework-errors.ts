import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';
import { sendProblem } from './problem-details.js';

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route runs (a malformed
 * percent-encoding, a path parameter past maxParamLength) is answered in the envelope too.
 */
export function answerFrameworkError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.raw.url?.split('?')[0] ?? '';
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ApiError(60012, `A path segment of ${path.slice(0, 120)}… is longer than the ${MAX_PARAM_LENGTH} characters any parameter can be.`)
      : new ApiError(60011, 'The URL is not valid: a percent-encoded sequence does not decode to UTF-8.', {
          details: [{ location: 'path', field: 'url', message: 'must be percent-encoded UTF-8' }],
        });
  sendProblem(request, reply, problem);
}

/** The longest path parameter the router takes (Fastify's default); longer ones answer 414/60012. */
export const MAX_PARAM_LENGTH = 100;

/**
 * Node's `clientError`: a request Node could not parse (headers over the size limit, a malformed
 * request line) never reaches Fastify, so its answer is written on the socket here, still as a
 * problem with a transaction id.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) return void socket.destroy(error);
  const code: ErrorCode | 'timeout' = error.code === 'HPE_HEADER_OVERFLOW' ? 60013 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'timeout' : 60011;
  if (code === 'timeout') {
    socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  const entry = ERROR_CATALOGUE[code];
  const transactionId = randomUUID();
  const detail = code === 60013 ? 'The request line and headers exceed 16 KB; shorten the URL or the headers.' : 'The request could not be parsed as HTTP/1.1.';
  const body = JSON.stringify({
    type: `/errors/${code}`,
    title: entry.title,
    status: entry.status,
    detail,
    errorCode: code,
    errorMessage: entry.errorMessage,
    transactionId,
  });
  socket.end(
    `HTTP/1.1 ${entry.status} ${STATUS_CODES[entry.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
      `X-Transaction-Id: ${transactionId}\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
