import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { ApiError } from '../errors/api-error.js';
import { CONTRACT_OPERATION, type ContractOperationMetadata } from './contract-operation.decorator.js';
import { negotiateMediaType } from './accept-negotiation.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The media type the response is to be written in, from Accept and the contract. */
    negotiatedMediaType?: string;
  }
}

/**
 * A body that could not be parsed is refused here, after authentication. Then content negotiation
 * both ways, from the contract: 415/60004 when a body comes in a media type the
 * operation does not consume (the server parses CSV for the one operation that takes it, not for all),
 * 406/60007 when the caller accepts none of the media types it produces.
 */
@Injectable()
export class AcceptNegotiationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const operation = this.reflector.get<ContractOperationMetadata | undefined>(CONTRACT_OPERATION, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.bodyError) throw request.bodyError;
    const sent = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (operation && sent && request.body !== undefined && operation.consumes.length > 0 && !operation.consumes.includes(sent)) {
      throw new ApiError(60004, `Content-Type ${sent} is not accepted here; send ${operation.consumes.join(' or ')}.`, {
        details: [{ location: 'header', field: 'Content-Type', message: `must be ${operation.consumes.join(' or ')}` }],
      });
    }
    if (!operation || operation.produces.length === 0) return next.handle();
    const accept = request.headers.accept;
    const chosen = negotiateMediaType(accept, operation.produces);
    if (!chosen) {
      throw new ApiError(60007, `Accept: ${accept} names no media type this operation serves; it serves ${operation.produces.join(', ')}.`, {
        details: [{ location: 'header', field: 'Accept', message: `must accept one of ${operation.produces.join(', ')}` }],
      });
    }
    request.negotiatedMediaType = chosen;
    return next.handle();
  }
}
