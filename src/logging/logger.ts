import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { requestContext } from './request-context.js';

/** Structured JSON logs; every line written inside a request carries its transactionId. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'assessment-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Fastify's request loggers already carry the transactionId binding; others get it here.
    mixin(_merge, _level, logger) {
      const context = requestContext.getStore();
      return context && !('transactionId' in logger.bindings()) ? { transactionId: context.transactionId } : {};
    },
    redact: ['req.headers.authorization', 'headers.authorization'],
  });
}

/** Nest's own log calls, written through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
