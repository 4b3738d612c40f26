import { isUtf8 } from 'node:buffer';
import type { FastifyRequest } from 'fastify';
import secureJson from 'secure-json-parse';
import { ApiError } from '../errors/api-error.js';
import { firstDuplicateKey } from './duplicate-json-keys.js';
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
 * `application/json` bodies, read by secure-json-parse (the parser Fastify uses, called here so that
 * its reason reaches the caller: Fastify answers every failure "Body is not valid JSON"), with the
 * rules of the platform. An empty body is no body, so an operation without one accepts what clients
 * such as a DELETE with `Content-Type: application/json` send, and authentication answers first for
 * one that needs a body. Malformed JSON is 400/60003 with the parser's words (where it stopped). A
 * `__proto__` key, or a `constructor` holding `prototype`, is well-formed JSON refused as prototype
 * poisoning: 400/60002. A body nested deeper than MAX_JSON_DEPTH is refused before it is walked
 * further or transformed (class-transformer recurses). A key given twice in one object is refused
 * as 400/60002 naming it (firstDuplicateKey). Every refusal waits for authentication.
 */
export function jsonBodyParser() {
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    if (isBlank(body)) return done(null, undefined);
    const read = readJson(body);
    // Kept for the route to raise once the caller is authenticated (see ContractMediaTypeGuard):
    // an anonymous caller learns 401, not how its body was judged.
    if ('error' in read) request.bodyError = read.error;
    else if (jsonDepth(read.value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      request.bodyError = new ApiError(60002, `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    else request.bodyError = duplicateKeyError(read.value, body);
    done(null, 'value' in read && !request.bodyError ? read.value : undefined);
  };
}

/** The refusal of a body with a key that could replace an object's prototype. */
export const PROTOTYPE_POISONING =
  'The request body has a "__proto__" key, or a "constructor" key holding "prototype": refused, as either could poison objects.';

// secure-json-parse's one message for both forbidden keys.
const FORBIDDEN_PROTOTYPE = 'Object contains forbidden prototype property';

function readJson(body: Buffer): { value: unknown } | { error: ApiError } {
  // Decoding would put U+FFFD in place of what is not UTF-8: a name sent in Latin-1 stored as "Jos" and a U+FFFD.
  if (!isUtf8(body)) {
    const offset = firstNonUtf8Byte(body);
    return {
      error: new ApiError(
        60003,
        `The request body is not UTF-8, as JSON must be (RFC 8259): byte 0x${body[offset].toString(16)} at offset ${offset} is not. Send the text encoded as UTF-8, not Latin-1 or Windows-1252.`,
      ),
    };
  }
  try {
    return { value: secureJson.parse(body, null, { protoAction: 'error', constructorAction: 'error' }) };
  } catch (error) {
    const reason = (error as Error).message;
    if (reason !== FORBIDDEN_PROTOTYPE) return { error: new ApiError(60003, `The request body is not valid JSON: ${reason}`) };
    return { error: new ApiError(60002, PROTOTYPE_POISONING) };
  }
}

/** A key given twice, looked for once the depth is known to be bounded (the event parser recurses). */
function duplicateKeyError(value: unknown, body: Buffer): ApiError | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const duplicate = firstDuplicateKey(body.toString('utf8'));
  if (duplicate === undefined) return undefined;
  return new ApiError(60002, `The request body gives ${duplicate} more than once; send each field once.`, {
    details: [{ location: 'body', field: duplicate, message: 'is given more than once' }],
  });
}

/**
 * Where the first byte that is not UTF-8 is, in a body known to hold one: the lossy decoding's first
 * U+FFFD that the body did not send as such (EF BF BD). Only refused bodies come here.
 */
function firstNonUtf8Byte(body: Buffer): number {
  const text = body.toString('utf8');
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    from = at + 1;
    if (!(body[offset] === 0xef && body[offset + 1] === 0xbf && body[offset + 2] === 0xbd)) return offset;
    offset += 3;
  }
  // A sequence cut short at the end decodes to U+FFFD too, so it is found above; this is not reached.
  return body.length - 1;
}

// The bytes String.prototype.trim removes from a Latin-1 reading: tab, LF, VT, FF, CR, space, NBSP.
const BLANK = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

/** Nothing but blanks, found without copying the body (the first byte usually decides). */
function isBlank(body: Buffer): boolean {
  for (const byte of body) if (!BLANK.has(byte)) return false;
  return true;
}
