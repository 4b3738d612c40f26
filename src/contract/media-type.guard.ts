import type { IncomingHttpHeaders } from 'node:http';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiError } from '../errors/api-error.js';
import { contractOperationOf } from './contract-operation.decorator.js';
import { malformedWeight, negotiateMediaType } from './accept-negotiation.js';
import { requestOf } from '../common/http-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The media type the response is to be written in, from Accept and the contract. */
    negotiatedMediaType?: string;
  }
}

/**
 * The last guard, once the caller is known and counted: a body that could not be parsed is refused
 * here, then content negotiation both ways, from the contract: 415/60004 when a body comes in a media
 * type the operation does not consume (the server parses CSV for the one operation that takes it,
 * not for all), 406/60007 when the caller accepts none of the media types it produces. A guard
 * rather than an interceptor: it runs before the parameter and body checks, and costs no Observable.
 */
@Injectable()
export class ContractMediaTypeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const operation = contractOperationOf(context);
    const request = requestOf(context);
    const takesBody = operation !== undefined && operation.consumes.length > 0;
    // Before the body's own errors: a compressed body read as it came would be judged as malformed.
    if (takesBody) refuseCodedBody(request.headers);
    if (request.bodyError) throw request.bodyError;
    const sent = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (takesBody && sent && request.body !== undefined && !operation.consumes.includes(sent)) {
      throw new ApiError(60004, `Content-Type ${sent} is not accepted here; send ${operation.consumes.join(' or ')}.`, {
        details: [{ location: 'header', field: 'Content-Type', message: `must be ${operation.consumes.join(' or ')}` }],
      });
    }
    if (!operation || operation.produces.length === 0) return true;
    const accept = request.headers.accept;
    const chosen = negotiateMediaType(accept, operation.produces);
    if (!chosen) {
      const weight = malformedWeight(accept!);
      if (weight !== undefined) {
        const message = 'each q must be a number from 0 to 1 with at most three decimals (RFC 9110, section 12.4.2)';
        throw new ApiError(60010, `Accept has the weight q=${weight.slice(0, 20)}, but ${message}.`, {
          details: [{ location: 'header', field: 'Accept', message }],
        });
      }
      throw new ApiError(60007, `Accept: ${accept} names no media type this operation serves; it serves ${operation.produces.join(', ')}.`, {
        details: [{ location: 'header', field: 'Accept', message: `must accept one of ${operation.produces.join(', ')}` }],
      });
    }
    request.negotiatedMediaType = chosen;
    return true;
  }
}

/**
 * A request body must come uncompressed: Fastify reads it as sent, whatever its Content-Encoding, so a
 * gzip body would otherwise be answered "not valid JSON" and a mislabelled one taken as it is. 415
 * with `Accept-Encoding: identity`, as RFC 9110 (section 15.5.16) has it, where a body comes coded.
 * The same for a transfer coding other than chunked (`Transfer-Encoding: gzip, chunked`): Node undoes
 * the chunks and hands on the rest still compressed.
 */
function refuseCodedBody(headers: IncomingHttpHeaders): void {
  const coding = headers['content-encoding'];
  if (coding !== undefined && hasBody(headers) && !onlyCodings(coding, IDENTITY)) {
    throw new ApiError(60004, `Content-Encoding ${coding} is not accepted: send the body uncompressed.`, {
      details: [{ location: 'header', field: 'Content-Encoding', message: 'must be identity, or left out' }],
      headers: { 'Accept-Encoding': 'identity' },
    });
  }
  const transfer = headers['transfer-encoding'];
  if (transfer !== undefined && !onlyCodings(transfer, CHUNKED)) {
    throw new ApiError(60004, `Transfer-Encoding ${transfer} is not accepted: send the body uncompressed, in chunks or with a Content-Length.`, {
      details: [{ location: 'header', field: 'Transfer-Encoding', message: 'must be chunked, or left out' }],
    });
  }
}

const IDENTITY = new Set(['identity', '']);
const CHUNKED = new Set(['chunked', '']);

function onlyCodings(list: string, allowed: ReadonlySet<string>): boolean {
  return list.split(',').every((token) => allowed.has(token.trim().toLowerCase()));
}

/** A body is on its way: a length above zero, or chunks. */
function hasBody(headers: IncomingHttpHeaders): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
