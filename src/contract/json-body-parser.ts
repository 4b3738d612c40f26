import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error.js';
import { jsonDepth } from './well-formed-text.js';

/** The deepest JSON body accepted; deeper ones answer 400/60002 before anything walks them. */
export const MAX_JSON_DEPTH = 64;

type Done = (error: Error | null, body?: unknown) => void;

/**
 * `application/json` bodies: Fastify's own parser (prototype-poisoning checks included), with two
 * rules of the platform. An empty body is no body, so an operation without one accepts what clients
 * such as a DELETE with `Content-Type: application/json` send, and authentication answers first for
 * one that needs a body. A body nested deeper than MAX_JSON_DEPTH is refused before it is parsed
 * further or transformed (class-transformer recurses).
 */
export function jsonBodyParser(fastify: FastifyInstance) {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    if (body.length === 0 || body.toString('latin1').trim() === '') return done(null, undefined);
    parse(request, body as unknown as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        return done(new ApiError(60002, `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`));
      }
      done(null, value);
    });
  };
}
