import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { withTransientRetry } from '../database/transient-retry.js';
import { PgNotifications } from '../database/pg-notifications.service.js';
import { pgPoolOf } from '../database/pg-pool.js';
import { namedStatement } from '../database/named-statement.js';
import { leaseSize } from './lease-size.js';

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
  /** No unit was left when last asked: refuse without asking again until then (ms since epoch). */
  exhaustedUntil: number;
  /** The size of the last block leased: the next is asked for when a quarter of it is left. */
  lastGranted: number;
  /** Units spent since the last lease was asked for, and when it was (ms since epoch): the client's rate. */
  spentSinceLastLease: number;
  lastLeaseAt: number;
  pending?: Promise<void>;
}

const RECLAIM_CHANNEL = 'quota_reclaim';
// How long a process that found the allowance used up waits for others to give back their unspent
// units, asking again every RECLAIM_POLL_MS; then how long it refuses without asking.
const RECLAIM_WAIT_MS = 500;
const RECLAIM_POLL_MS = 25;
const EXHAUSTED_FOR_MS = 2000;

// Named statements on the pool TypeORM owns: each connection parses and plans them once, and a lease
// is one round trip. Through TypeORM's query runner, with the day's row ensured before every lease,
// leasing cost TRF lookups about 5% of their CPU (16 connections spread over 50 clients). Each lease
// is still a write transaction (0.1-0.3 ms of the database's CPU), hence blocks sized to the
// client's rate (lease-size.ts).
/** $1 client, $2 day, $3 units wanted, $4 the day's limit: [granted, used], or no row (no row for the day, or nothing left). */
const LEASE = namedStatement(
  'quota-lease',
  `WITH leased AS (
     UPDATE client_quota_usage AS u
        SET used = u.used + g.granted
       FROM (SELECT LEAST($3::int, $4::int - used) AS granted
               FROM client_quota_usage WHERE client_id = $1 AND day = $2 FOR UPDATE) AS g
      WHERE u.client_id = $1 AND u.day = $2 AND g.granted > 0
      RETURNING g.granted, u.used)
   SELECT granted, used FROM leased`,
);
/** $1 client, $2 day. */
const OPEN_DAY = namedStatement('quota-open-day', 'INSERT INTO client_quota_usage (client_id, day, used) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING');
/** $1 client, $2 day, $3 units given back. */
const GIVE_BACK = namedStatement('quota-give-back', 'UPDATE client_quota_usage SET used = GREATEST(0, used - $3) WHERE client_id = $1 AND day = $2');

/**
 * A per-client daily quota that holds exactly across processes sharing one database: each process
 * leases blocks of the day's allowance with one atomic UPDATE and spends them in memory, so the
 * hot path touches the database once per block, never per request. Blocks shrink as the day's
 * allowance runs low, so little is stranded in another process when it runs out. A lease can only
 * be granted from what is left, so the leased total, and hence what is spent, never exceeds the
 * quota. A process that finds nothing left asks the others (NOTIFY quota_reclaim) to give back
 * what they leased and have not spent, and leases again, so the whole quota is served whichever
 * processes serve it.
 */
@Injectable()
export class DailyQuotaService implements OnApplicationShutdown, OnModuleInit {
  private readonly leases = new Map<string, Lease>();
  private readonly pool: Pool;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: PgNotifications,
  ) {
    this.pool = pgPoolOf(dataSource);
  }

  onModuleInit(): void {
    this.notifications.listen(RECLAIM_CHANNEL, (clientId) => void this.giveBack(clientId));
  }

  async consume(clientId: string, limit: number): Promise<QuotaDecision> {
    for (;;) {
      const decision = this.spend(clientId, limit);
      if (decision) return decision;
      await this.leaseFor(clientId, this.leaseOf(clientId, limit));
    }
  }

  /**
   * Counts a request from what this process holds, without waiting: the decision, or undefined when
   * a block must be leased first (consume). Most requests end here, with no promise to settle.
   */
  spend(clientId: string, limit: number): QuotaDecision | undefined {
    const lease = this.leaseOf(clientId, limit);
    if (lease.unspent > 0) {
      lease.unspent -= 1;
      lease.spentSinceLastLease += 1;
      // The next block is leased while this one still serves, so no request waits for it.
      if (lease.unspent <= lease.lastGranted / 4 && !lease.pending && lease.exhaustedUntil <= Date.now()) {
        void this.leaseFor(clientId, lease).catch(() => undefined);
      }
      return this.decision(lease, true);
    }
    if (lease.exhaustedUntil > Date.now()) return this.decision(lease, false);
    return undefined;
  }

  /** The client's lease for today at this limit, a new empty one when the day or the limit changed. */
  private leaseOf(clientId: string, limit: number): Lease {
    const day = utcDay();
    let lease = this.leases.get(clientId);
    if (!lease || lease.day !== day || lease.limit !== limit) {
      lease = { day, limit, unspent: 0, usedAtLastLease: 0, exhaustedUntil: 0, lastGranted: 0, spentSinceLastLease: 0, lastLeaseAt: 0 };
      this.leases.set(clientId, lease);
    }
    return lease;
  }

  /** One lease at a time per client: a request that needs one while it is under way waits for it. */
  private leaseFor(clientId: string, lease: Lease): Promise<void> {
    lease.pending ??= this.lease(clientId, lease).finally(() => {
      lease.pending = undefined;
    });
    return lease.pending;
  }

  private async lease(clientId: string, lease: Lease): Promise<void> {
    if (await this.leaseOnce(clientId, lease)) return;
    // No lease: the day's row may not exist yet (the client's first request today), or nothing is left in it.
    await withTransientRetry(() => this.pool.query(OPEN_DAY, [clientId, lease.day]));
    if (await this.leaseOnce(clientId, lease)) return;
    // Nothing left in the database: other processes may hold unspent units. Ask for them back.
    await this.notifications.notify(RECLAIM_CHANNEL, clientId).catch(() => undefined);
    for (let waited = 0; waited < RECLAIM_WAIT_MS; waited += RECLAIM_POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, RECLAIM_POLL_MS));
      if (await this.leaseOnce(clientId, lease)) return;
    }
    lease.exhaustedUntil = Date.now() + EXHAUSTED_FOR_MS;
    lease.usedAtLastLease = lease.limit;
  }

  /** Leases a block, sized to the client's recent rate, from what is left of the day's allowance; false when nothing is left. */
  private async leaseOnce(clientId: string, lease: Lease): Promise<boolean> {
    const now = Date.now();
    const wanted = leaseSize({
      knownRemaining: lease.limit - lease.usedAtLastLease,
      spentSinceLastLease: lease.spentSinceLastLease,
      msSinceLastLease: now - lease.lastLeaseAt,
      maxLease: this.config.quotaMaxLease,
    });
    lease.spentSinceLastLease = 0;
    lease.lastLeaseAt = now;
    // A retried lease may, at worst, lease a block twice: that strands units, it never exceeds the quota.
    const { rows } = await withTransientRetry(() => this.pool.query<[granted: number, used: number]>(LEASE, [clientId, lease.day, wanted, lease.limit]));
    const row = rows[0];
    if (!row) return false;
    const [granted, used] = row;
    lease.unspent += granted;
    lease.lastGranted = granted;
    lease.usedAtLastLease = used;
    return true;
  }

  /** Another process ran out: return what this one leased for the client and has not spent. */
  private async giveBack(clientId: string): Promise<void> {
    const lease = this.leases.get(clientId);
    if (lease) await this.returnUnspent(clientId, lease);
  }

  /** Gives a lease's unspent units back to the day's allowance. */
  private async returnUnspent(clientId: string, lease: Lease): Promise<void> {
    if (lease.day !== utcDay() || lease.unspent === 0) return;
    const units = lease.unspent;
    // Taken from memory before the database hears of it, so no request spends a unit given back.
    lease.unspent = 0;
    await withTransientRetry(() => this.pool.query(GIVE_BACK, [clientId, lease.day, units])).catch(() => undefined);
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
    for (const [clientId, lease] of this.leases) await this.returnUnspent(clientId, lease);
  }
}

const DAY_MS = 86_400_000;
let today = { day: '', endsAt: 0 };

/** The UTC day `now` falls in and when it ends; worked out again only when the day changes, since every request asks. */
function utcDayAt(now = Date.now()): { day: string; endsAt: number } {
  if (now >= today.endsAt || now < today.endsAt - DAY_MS)
    today = { day: new Date(now).toISOString().slice(0, 10), endsAt: (Math.floor(now / DAY_MS) + 1) * DAY_MS };
  return today;
}

export function utcDay(now = Date.now()): string {
  return utcDayAt(now).day;
}

export function secondsToUtcMidnight(now = Date.now()): number {
  return Math.max(1, Math.ceil((utcDayAt(now).endsAt - now) / 1000));
}
