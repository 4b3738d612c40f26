import type { DataSource } from 'typeorm';

/** How long claimed rows are held, and how they are held again. */
export interface ClaimLease {
  ms: number;
  renew(ids: string[]): Promise<unknown>;
}

/** Where a failed renewal is told: a Nest Logger, or anything with its method. */
export interface RenewalLog {
  warn(message: string): void;
}

/**
 * Holds the leases of claimed rows while `work` sends them: every third of the lease, the rows
 * still in `held` are leased again (`lease.renew`), so a slow mail server or receiver, or a record
 * retried after a send, never lets another process claim and send them a second time. The caller
 * takes a row out of `held` once it is settled. Only a process that stops renewing (a crash, a database that stays
 * unreachable) lets its lease run out, and then the rows go again: at least once.
 */
export async function keepLeases<T>(held: ReadonlySet<string>, lease: ClaimLease, log: RenewalLog, work: () => Promise<T>): Promise<T> {
  let renewing: Promise<void> | undefined;
  const timer = setInterval(() => {
    // One renewal at a time: a slow one is not stacked on.
    if (renewing || held.size === 0) return;
    renewing = lease
      .renew([...held])
      .then(
        () => undefined,
        (error: Error) => log.warn(`renewing the lease of ${held.size} claimed item(s) failed (${error.message})`),
      )
      .finally(() => (renewing = undefined));
  }, lease.ms / 3);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    await renewing;
  }
}

/**
 * The lease of claimed rows of an outbox-like table (uuid `id`, `status`, `locked_until`), `ms` long.
 * A settled row (sent, delivered, dead, or waiting its backoff with its lease cleared) is not renewed.
 */
export function claimLease(dataSource: DataSource, table: string, ms: number): ClaimLease {
  const statement = `UPDATE ${table} SET locked_until = now() + make_interval(secs => $2)
                      WHERE id = ANY($1::uuid[]) AND status = 'pending' AND locked_until IS NOT NULL`;
  return { ms, renew: (ids) => dataSource.query(statement, [ids, ms / 1000]) };
}
