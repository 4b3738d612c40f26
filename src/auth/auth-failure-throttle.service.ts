import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { ApiError } from '../errors/api-error.js';

/**
 * Throttles wrong client secrets per client id and source address, across every process (the
 * counts live in PostgreSQL): after AUTH_FAILURE_LIMIT failures within AUTH_FAILURE_WINDOW_SECONDS
 * the pair answers 429/70430 with Retry-After until the window ends, even with the right secret.
 * Another address, with the right secret, is not locked out; a success clears the pair.
 */
@Injectable()
export class AuthFailureThrottle {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses a locked-out pair; answers whether it has failures on record (to clear after a success). */
  async assertAllowed(clientId: string, source: string): Promise<boolean> {
    const rows: Array<{ failures: number; retry_after: number }> = await this.dataSource.query(
      `SELECT failures, ceil(extract(epoch FROM window_start + make_interval(secs => $3) - now()))::int AS retry_after
         FROM auth_failures WHERE client_id = $1 AND source = $2 AND window_start > now() - make_interval(secs => $3)`,
      [clientId, source, this.config.authFailureWindowSeconds],
    );
    const row = rows[0];
    if (row && row.failures >= this.config.authFailureLimit) {
      const retryAfter = Math.max(1, row.retry_after);
      throw new ApiError(70430, `Too many failed authentications of ${clientId} from this address; try again in ${retryAfter} s.`, {
        headers: { 'Retry-After': retryAfter },
        extra: { error: 'invalid_client', error_description: 'Too many failed authentications' },
      });
    }
    return !!row;
  }

  async recordFailure(clientId: string, source: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO auth_failures (client_id, source, window_start, failures) VALUES ($1, $2, now(), 1)
       ON CONFLICT (client_id, source) DO UPDATE SET
         failures = CASE WHEN auth_failures.window_start > now() - make_interval(secs => $3) THEN auth_failures.failures + 1 ELSE 1 END,
         window_start = CASE WHEN auth_failures.window_start > now() - make_interval(secs => $3) THEN auth_failures.window_start ELSE now() END`,
      [clientId.slice(0, 200), source.slice(0, 64), this.config.authFailureWindowSeconds],
    );
  }

  async clear(clientId: string, source: string): Promise<void> {
    await this.dataSource.query('DELETE FROM auth_failures WHERE client_id = $1 AND source = $2', [clientId, source]);
  }
}
