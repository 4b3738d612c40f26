// How the bench prints a measured figure.

/**
 * Three significant digits, never in exponent form: a server's CPU a TRF lookup is about 0.03 ms,
 * where two decimals printed 0.04 against 0.03 for a gap of a third; a photo page's is about 45 ms.
 */
export function threeDigits(value) {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
}
