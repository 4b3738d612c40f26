import type { ServerOptions } from 'node:http';

/**
 * How long a request may take to arrive, as Node's HTTP server options. Fastify sets the server's
 * `requestTimeout` to 0 unless told otherwise, which switches off Node's own (300 s): a client that
 * sends its body a byte at a time then holds its connection for ever, and enough of them exhaust
 * the process's sockets. The headers get the same budget, at most Node's 60 s. Node looks for
 * expired requests every `connectionsCheckingInterval` (30 s by default, half a minute's budget);
 * here every quarter of the budget or every 5 s, whichever is sooner, so a late request is answered
 * (408/60014, see answerClientError) at most that long after its budget ran out.
 */
export function requestTimeouts(requestTimeoutMs: number): { requestTimeout: number; http: ServerOptions } {
  return {
    requestTimeout: requestTimeoutMs,
    http: {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(60_000, requestTimeoutMs),
      connectionsCheckingInterval: Math.min(5_000, Math.floor(requestTimeoutMs / 4)),
    },
  };
}
