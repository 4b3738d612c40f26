import type { ServerOptions } from 'node:http';

/**
 * How long a client may hold a connection without making progress, as Fastify's and Node's server
 * options.
 *
 * A request's arrival: Fastify sets the server's `requestTimeout` to 0 unless told otherwise, which
 * switches off Node's own (300 s): a client that sends its body a byte at a time then holds its
 * connection for ever, and enough of them exhaust the process's sockets. REQUEST_TIMEOUT_MS bounds
 * the request line, headers and body together; the headers also Node's 60 s at most. Node looks for
 * expired requests every `connectionsCheckingInterval` (30 s by default, half a minute's budget);
 * here every quarter of the budget or every 5 s, whichever is sooner, so a late request is answered
 * (408/60014, see socketErrorAnswers) at most that long after its budget ran out.
 *
 * An answer's departure: a client that stops reading keeps its socket, and the part of the answer
 * not yet taken by the kernel, for ever (a receiver that keeps its window shut is never timed out by
 * TCP). `connectionTimeout` (Node's socket timeout) closes a connection on which no byte has moved
 * either way for CONNECTION_IDLE_TIMEOUT_MS (2 minutes, Node's own default before version 13, or twice
 * the longest wait below if that is longer). It runs while a handler works too, so it must be longer
 * than anything a handler waits on: a statement, a webhook ping, a DNS lookup (app-config.ts).
 * An idle kept-alive connection is Node's `keepAliveTimeout`'s, as before.
 */
export function httpTimeouts(
  requestTimeoutMs: number,
  connectionIdleTimeoutMs: number,
): { requestTimeout: number; connectionTimeout: number; http: ServerOptions } {
  return {
    requestTimeout: requestTimeoutMs,
    connectionTimeout: connectionIdleTimeoutMs,
    // Fastify sets the server's requestTimeout from its own option, after creating the server.
    http: {
      headersTimeout: Math.min(60_000, requestTimeoutMs),
      connectionsCheckingInterval: Math.min(5_000, Math.floor(requestTimeoutMs / 4)),
    },
  };
}
