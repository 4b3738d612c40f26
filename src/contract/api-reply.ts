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
  for (const [name, value] of Object.entries(result.headers)) reply.header(name, value);
  return result.body;
}
