import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { withTransientRetry } from '../database/transient-retry.js';

export interface QuotaDecision {
  allowed: boolean;
  limit: number;
  /** Requests left today, as far as this process knows. */
  remaining: number;
  /** Seconds until the quota resets at midnight UTC. */
  resetSeconds: number;
}

interface Lease {
  day: string;
  limit: number;
  /** Units leased from the database and not yet spent by this process. */
  unspent: number;
  /** The day's total leased by all processes when this process last leased. */
  usedAtLastLease: number;
  exhausted: boolean;
  pending?: Promise<void>;
}

/**
 * A per-client daily quota that holds exactly across processes sharing one database: each process
 * leases blocks of the day's allowance with one atomic UPDATE and spends them in memory, so the
 * hot path touches the database once per block, never per request. Blocks shrink as the day's
 * allowance runs low, so little is stranded in another process when it runs out. A lease can only
 * be granted from what is left, so the leased total, and hence what is spent, never exceeds the
 * quota.
 */
@Injectable()
export class DailyQuotaService implements OnApplicationShutdown {
  private readonly leases = new Map<string, Lease>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async consume(clientId: string, limit: number): Promise<QuotaDecision> {
    const day = utcDay();
    for (;;) {
      let lease = this.leases.get(clientId);
      if (!lease || lease.day !== day || lease.limit !== limit) {
        lease = { day, limit, unspent: 0, usedAtLastLease: 0, exhausted: false };
        this.leases.set(clientId, lease);
      }
      if (lease.unspent > 0) {
        lease.unspent -= 1;
        return this.decision(lease, true);
      }
      if (lease.exhausted) return this.decision(lease, false);
      lease.pending ??= this.lease(clientId, lease).finally(() => {
        lease!.pending = undefined;
      });
      await lease.pending;
    }
  }

  private async lease(clientId: string, lease: Lease): Promise<void> {
    const knownRemaining = lease.limit - lease.usedAtLastLease;
    const wanted = Math.max(1, Math.min(this.config.quotaMaxLease, Math.floor(knownRemaining / 8)));
    // A retried lease may, at worst, lease a block twice: that strands units, it never exceeds the quota.
    await withTransientRetry(() => this.dataSource.query('INSERT INTO client_quota_usage (client_id, day, used) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING', [clientId, lease.day]));
    const rows: Array<{ granted: number; used: number }> = await withTransientRetry(() => this.dataSource.query(
      // As a CTE, so that TypeORM returns the rows of a SELECT rather than [rows, count].
      `WITH leased AS (
         UPDATE client_quota_usage AS u
            SET used = u.used + g.granted
           FROM (SELECT LEAST($3::int, $4::int - used) AS granted
                   FROM client_quota_usage WHERE client_id = $1 AND day = $2 FOR UPDATE) AS g
          WHERE u.client_id = $1 AND u.day = $2 AND g.granted > 0
          RETURNING g.granted, u.used)
       SELECT granted, used FROM leased`,
      [clientId, lease.day, wanted, lease.limit],
    ));
    const row = rows[0];
    if (!row) {
      lease.exhausted = true;
      lease.usedAtLastLease = lease.limit;
      return;
    }
    lease.unspent += Number(row.granted);
    lease.usedAtLastLease = Number(row.used);
  }

  private decision(lease: Lease, allowed: boolean): QuotaDecision {
    return {
      allowed,
      limit: lease.limit,
      remaining: Math.max(0, lease.limit - lease.usedAtLastLease + lease.unspent),
      resetSeconds: secondsToUtcMidnight(),
    };
  }

  /** Gives unspent leases back, so a restart does not strand them. */
  async onApplicationShutdown(): Promise<void> {
    const today = utcDay();
    for (const [clientId, lease] of this.leases) {
      if (lease.day !== today || lease.unspent === 0) continue;
      await this.dataSource
        .query('UPDATE client_quota_usage SET used = GREATEST(0, used - $3) WHERE client_id = $1 AND day = $2', [clientId, lease.day, lease.unspent])
        .catch(() => undefined);
      lease.unspent = 0;
    }
  }
}

export function utcDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function secondsToUtcMidnight(now = new Date()): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((midnight - now.getTime()) / 1000));
}
