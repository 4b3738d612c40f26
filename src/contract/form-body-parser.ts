import type { FastifyRequest } from 'fastify';
import { parse } from 'fast-querystring';
import { ApiError } from '../errors/api-error.js';
import { PROTOTYPE_POISONING } from './json-body-parser.js';
import { repeatedParameter } from './parameters-pipe.js';

type Done = (error: Error | null, body?: unknown) => void;

/**
 * `application/x-www-form-urlencoded` bodies (the OAuth endpoints'), read by fast-querystring as
 * Nest's own parser reads them, with two rules. A field given twice (`scope=a&scope=b`) is refused by
 * name, as RFC 6749 (section 3.2) forbids it: fast-querystring makes a list of it, which the checks
 * then answered "scope must be a string", blaming its type. A `__proto__` field is refused as
 * prototype poisoning, as in a JSON body. Both wait for authentication, as the JSON parser's do.
 */
export function formBodyParser() {
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    const fields = parse(body.toString()) as Record<string, string | string[]>;
    if (Object.hasOwn(fields, '__proto__')) request.bodyError = new ApiError(60002, PROTOTYPE_POISONING);
    else request.bodyError = repeatedFieldError(fields);
    done(null, request.bodyError ? undefined : fields);
  };
}

function repeatedFieldError(fields: Record<string, string | string[]>): ApiError | undefined {
  const repeated = Object.keys(fields).filter((name) => Array.isArray(fields[name]));
  if (repeated.length === 0) return undefined;
  const details = repeated.map((field) => ({ location: 'body' as const, field, message: repeatedParameter(field, fields[field] as string[]) }));
  return new ApiError(60002, details.map((detail) => detail.message).join('; '), { details });
}
