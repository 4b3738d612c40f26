import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error.js';
import { jsonDepth } from './well-formed-text.js';

/** The deepest JSON body accepted; deeper ones answer 400/60002 before anything walks them. */
export const MAX_JSON_DEPTH = 64;

type Done = (error: Error | null, body?: unknown) => void;

declare module 'fastify' {
  interface FastifyRequest {
    /** Why the body could not be read: raised after authentication, before the handler. */
    bodyError?: Error;
  }
}

/**
 * `application/json` bodies: Fastify's own parser (prototype-poisoning checks included), with two
 * rules of the platform. An empty body is no body, so an operation without one accepts what clients
 * such as a DELETE with `Content-Type: application/json` send, and authentication answers first for
 * one that needs a body. A body nested deeper than MAX_JSON_DEPTH is refused before it is parsed
 * further or transformed (class-transformer recurses). Both refusals wait for authentication.
 */
export function jsonBodyParser(fastify: FastifyInstance) {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    if (isBlank(body)) return done(null, undefined);
    parse(request, body as unknown as string, (error: Error | null, value?: unknown) => {
      // Kept for the route to raise once the caller is authenticated (see ContractMediaTypeGuard):
      // an anonymous caller learns 401, not how its body was judged.
      if (error) request.bodyError = error;
      else if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
        request.bodyError = new ApiError(60002, `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
      done(null, request.bodyError ? undefined : value);
    });
  };
}

// The bytes String.prototype.trim removes from a Latin-1 reading: tab, LF, VT, FF, CR, space, NBSP.
const BLANK = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** Nothing but blanks, found without copying the body (the first byte usually decides). */
function isBlank(body: Buffer): boolean {
  for (const byte of body) if (!BLANK.has(byte)) return false;
  return true;
}
