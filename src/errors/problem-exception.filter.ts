import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ApiError } from './api-error.js';
import { sendProblem } from './problem-details.js';
import { toApiError } from './to-api-error.js';

/** Every error leaves as a problem in the envelope; unexpected ones are logged and answered 60006. */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    /** The methods the contract serves at a path; none for an unknown path. */
    private readonly methodsAt: (path: string) => string[] = () => [],
    /** Rules that add members an endpoint's standard asks of its errors (OAuth's `error`). */
    private readonly enrichers: Array<(error: ApiError, request: FastifyRequest) => ApiError> = [],
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    let answer: unknown = this.unroutedMethod(exception, request) ?? exception;
    const known = toApiError(answer);
    if (known) answer = this.enrichers.reduce((error, enrich) => enrich(error, request), known);
    handleError(answer, request, http.getResponse<FastifyReply>(), this.logger);
  }

  /** No route matched, but the path is the contract's: the method is what is wrong (405 with Allow). */
  private unroutedMethod(exception: unknown, request: FastifyRequest): ApiError | undefined {
    if (!(exception instanceof NotFoundException) || request.routeOptions?.url) return undefined;
    const allowed = this.methodsAt(request.url.split('?')[0]);
    if (allowed.length === 0) return undefined;
    return new ApiError(60009, `${request.method} is not served here; this resource takes ${allowed.join(', ')}.`, { headers: { Allow: allowed.join(', ') } });
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
