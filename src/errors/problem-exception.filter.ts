import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ApiError } from './api-error.js';
import { sendProblem } from './problem-details.js';
import { toApiError } from './to-api-error.js';

/** Every error leaves as a problem in the envelope; unexpected ones are logged and answered 60006. */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    handleError(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function handleError(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  let error = toApiError(exception);
  if (!error) {
    logger.error({ err: exception, transactionId: String(request.id) }, 'unexpected error');
    error = new ApiError(60006, 'An unexpected error occurred. Quote the transactionId when reporting it.');
  } else if (error.code === 70503 || error.code === 70504) {
    logger.warn({ err: exception, transactionId: String(request.id) }, error.detail);
  }
  if (reply.sent) return;
  sendProblem(request, reply, error);
}
