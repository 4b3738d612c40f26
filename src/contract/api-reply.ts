import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A body that is not JSON: a PDF, CSV or Prometheus text. */
export type BinaryBody = Buffer | string | Readable;

/**
 * What a handler returns when the answer is more than a JSON body with the operation's first
 * success status: another status the contract lists, extra headers, or a media type.
 */
export class ApiReply<TBody, TStatus extends number = number> {
  constructor(
    readonly status: TStatus,
    readonly body: TBody,
    readonly headers: Record<string, string | number> = {},
  ) {}
}

export function sendApiReply(reply: FastifyReply, result: unknown): unknown {
  if (!(result instanceof ApiReply)) return result;
  reply.status(result.status);
  for (const [name, value] of Object.entries(result.headers)) {
    // Vary lists add up (RFC 9110, section 12.5.5): CORS may have named Origin already.
    const vary = name.toLowerCase() === 'vary' ? reply.getHeader('vary') : undefined;
    reply.header(name, vary ? `${String(vary)}, ${value}` : value);
  }
  return result.body;
}
