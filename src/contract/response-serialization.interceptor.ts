import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { CONTRACT_OPERATION, type ContractOperationMetadata } from './contract-operation.decorator.js';
import type { Serialize } from './response-serializers.js';

/**
 * Writes a handler's JSON answer with the serializer compiled from the operation's response schema.
 * Other renderings (XML, PDF, CSV, streamed pages) are left as the handler made them.
 */
@Injectable()
export class ResponseSerializationInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly serializers: Map<string, Map<number, Serialize>>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const operation = this.reflector.get<ContractOperationMetadata | undefined>(CONTRACT_OPERATION, context.getHandler());
    const byStatus = operation ? this.serializers.get(operation.operationId) : undefined;
    if (!byStatus) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (!isPlainJson(body) || (request.negotiatedMediaType && request.negotiatedMediaType !== 'application/json')) return body;
        // A status set by the handler picks its schema; otherwise the operation's one success status.
        const serialize = byStatus.get(reply.statusCode) ?? (byStatus.size === 1 ? byStatus.values().next().value : undefined);
        if (!serialize) return body;
        reply.type('application/json; charset=utf-8');
        return serialize(body);
      }),
    );
  }
}

function isPlainJson(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return false;
  return typeof (body as { pipe?: unknown }).pipe !== 'function';
}
