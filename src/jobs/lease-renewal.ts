import type { DataSource } from 'typeorm';

/** Where a failed renewal is told: a Nest Logger, or anything with its method. */
export interface RenewalLog {
  warn(message: string): void;
}

/**
 * Holds the leases of claimed rows while `work` sends them: every third of the lease, the rows still
 * in `held` are leased again (`renew`), so a slow mail server or receiver, or a record retried after
 * a send, never lets another process claim and send them a second time. The caller takes a row out
 * of `held` once it is settled. Only a process that stops renewing (a crash, a database that stays
 * unreachable) lets its lease run out, and then the rows go again: at least once.
 */
export async function keepLeases<T>(
  held: ReadonlySet<string>,
  renew: (ids: string[]) => Promise<unknown>,
  leaseMs: number,
  log: RenewalLog,
  work: () => Promise<T>,
): Promise<T> {
  let renewing: Promise<void> | undefined;
  const timer = setInterval(() => {
    // One renewal at a time: a slow one is not stacked on.
    if (renewing || held.size === 0) return;
    renewing = renew([...held])
      .then(
        () => undefined,
        (error: Error) => log.warn(`renewing the lease of ${held.size} claimed item(s) failed (${error.message})`),
      )
      .finally(() => (renewing = undefined));
  }, leaseMs / 3);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    await renewing;
  }
}

/**
 * Renews claimed rows of an outbox-like table (uuid `id`, `status`, `locked_until`) for `leaseMs`.
 * A settled row (sent, delivered, dead, or waiting its backoff with its lease cleared) gets none.
 */
export function renewClaims(dataSource: DataSource, table: string, leaseMs: number): (ids: string[]) => Promise<unknown> {
  const statement = `UPDATE ${table} SET locked_until = now() + make_interval(secs => $2)
                      WHERE id = ANY($1::uuid[]) AND status = 'pending' AND locked_until IS NOT NULL`;
  return (ids) => dataSource.query(statement, [ids, leaseMs / 1000]);
}
