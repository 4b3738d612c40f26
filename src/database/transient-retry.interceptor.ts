import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { retry, throwError, timer, type Observable } from 'rxjs';
import { isDatabaseUnavailable } from '../errors/database-errors.js';
import { TRANSIENT_RETRIES } from './transient-retry.js';

/**
 * Re-runs a read-only handler (GET, HEAD) when the database connection failed under it, at most
 * twice. Writes are not retried here: their transactions roll back and the caller decides.
 */
@Injectable()
export class TransientRetryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<FastifyRequest>().method;
    if (method !== 'GET' && method !== 'HEAD') return next.handle();
    return next.handle().pipe(
      retry({
        count: TRANSIENT_RETRIES,
        delay: (error, attempt) => (isDatabaseUnavailable(error) ? timer(50 * 4 ** (attempt - 1)) : throwError(() => error)),
      }),
    );
  }
}
