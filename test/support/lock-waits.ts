import type pg from 'pg';
import { until } from './until.js';

/** Until some statement waits on a lock held by backend `pid`, as `client` sees the server. */
export function untilBlockedBy(client: pg.Client, pid: number): Promise<void> {
  return until(async () => (await client.query('SELECT 1 FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))', [pid])).rowCount === 1);
}
