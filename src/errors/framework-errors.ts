import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
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
 * What Node answers on the socket, below Fastify: its `clientError` and its `connect`. Each answer
 * carries the headers every other answer does (`headers`: privateAnswerHeaders) and
 * a Date, which RFC 9110 (section 6.6.1) requires of every 4xx from a server with a clock.
 */
export function socketErrorAnswers(headers: Readonly<Record<string, string>>) {
  const fixed = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const write = (socket: Duplex, code: ErrorCode, detail: string) => writeProblemAndClose(socket, code, detail, fixed);
  return {
    /**
     * Node's `clientError`: a request Node could not parse (headers over the size limit, a malformed
     * request line) or that did not arrive in time (REQUEST_TIMEOUT_MS) never reaches a route, so its
     * answer is written on the socket here, still as a problem with a transaction id, and the
     * connection is closed. Where an answer to the request has already begun (a route can answer
     * before the body has all arrived), another would corrupt it: the socket is only closed.
     */
    clientError(error: Error & { code?: string }, socket: Socket): void {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
      if (!socket.writable || answering?.headersSent) return void socket.destroy(error);
      const code: ErrorCode = error.code === 'HPE_HEADER_OVERFLOW' ? 60013 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 60014 : 60011;
      write(socket, code, CLIENT_ERROR_DETAILS[code]);
    },
    /**
     * Node's `connect`: a CONNECT request (a proxy's method) goes to this event rather than to a route,
     * and without a listener Node closed its connection with no answer at all.
     */
    connect(_request: IncomingMessage, socket: Duplex): void {
      if (socket.destroyed || !socket.writable) return void socket.destroy();
      write(socket, 60011, "CONNECT is a proxy's method, and this server is not a proxy.");
    },
  };
}

const CLIENT_ERROR_DETAILS = {
  60011: 'The request could not be parsed as HTTP/1.1.',
  60013: 'The request line and headers exceed 16 KB; shorten the URL or the headers.',
  60014: 'The request line, headers and body did not all arrive in time; the connection is closed. Send the request again, whole.',
};

/** A problem written on a socket that no route answers, with a transaction id; the connection then closes. */
function writeProblemAndClose(socket: Duplex, code: ErrorCode, detail: string, fixedHeaders: string): void {
  const entry = ERROR_CATALOGUE[code];
  const transactionId = randomUUID();
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
    `HTTP/1.1 ${entry.status} ${STATUS_CODES[entry.status]}\r\n${fixedHeaders}Content-Type: application/problem+json; charset=utf-8\r\n` +
      `X-Transaction-Id: ${transactionId}\r\nDate: ${new Date().toUTCString()}\r\nConnection: close\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
