let second = Number.NaN;
let prefix = '';

/**
 * The time `now` (ms since the epoch, an integer) as `Date#toISOString` writes it. V8 formats each
 * toISOString through seven printf calls (about 7k instructions, counted in a TRF lookup); the date
 * and the time to the second change once a second, so they are formatted then and the milliseconds
 * appended.
 */
export function isoTime(now = Date.now()): string {
  const s = Math.floor(now / 1000);
  if (s !== second) {
    // "2026-12-05T21:42:38.625Z" without "625Z": every toISOString ends in three digits and a Z.
    prefix = new Date(s * 1000).toISOString().slice(0, -4);
    second = s;
  }
  const ms = now - s * 1000;
  return `${prefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}
