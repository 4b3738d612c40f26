import type pg from 'pg';
import { until } from './until.js';

/** How many statements wait on a lock held by backend `pid` (or queued behind one that does), as `client` sees the server. */
export async function blockedBy(client: pg.Client, pid: number): Promise<number> {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))', [pid]);
  return rows[0].n as number;
}

/** Until at least `statements` statements wait on a lock held by backend `pid`. */
export function untilBlockedBy(client: pg.Client, pid: number, statements = 1): Promise<void> {
  return until(async () => (await blockedBy(client, pid)) >= statements);
}
