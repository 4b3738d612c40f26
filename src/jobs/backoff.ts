/** Exponential backoff: base, 2×base, 4×base… after each failed attempt, capped at an hour. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * What a failed attempt of an outbox row leads to: another try after the backoff, or dead after the
 * last. The row's new `status`, and `delayMs` until `next_attempt_at`.
 */
export function afterFailedAttempt(attempts: number, maxAttempts: number, baseMs: number) {
  const delayMs = retryDelayMs(attempts, baseMs);
  const dead = attempts >= maxAttempts;
  return { dead, delayMs, status: dead ? ('dead' as const) : ('pending' as const) };
}

/**
 * What a failed attempt leads to under a fixed schedule of delays: the next try after the delay
 * for this attempt, or failed for good once the schedule is spent.
 */
export function afterFailedScheduledAttempt(attempts: number, scheduleMs: readonly number[]) {
  const delayMs = scheduleMs[attempts - 1];
  return delayMs === undefined ? { failed: true as const, delayMs: 0 } : { failed: false as const, delayMs };
}
