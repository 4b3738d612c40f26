import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own messages through the service's logger (JSON lines under `npm start`), where its
 * default logger wrote them with console.log, a plain-text line among the JSON ones. What is kept is
 * what `logging: false` kept, plus TypeORM's warnings:
 * - a failed migration, named (TypeORM reports nothing else through logMigration);
 * - a pooled connection lost while idle (PostgreSQL restarted, the backend terminated), which TypeORM
 *   reports as a warning and `logging: false` dropped, leaving operators nothing to see.
 * Queries and their errors are not logged here: an error reaches the caller, which answers and logs it.
 */
export class TypeOrmLog implements TypeOrmLogger {
  private readonly logger = new Logger('TypeORM');

  logQuery(): void {}
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.warn(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
