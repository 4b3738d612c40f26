/** Exponential backoff: base, 2×base, 4×base… after each failed attempt, capped at an hour. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}
