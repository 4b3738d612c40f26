/** The nearest-rank percentile: the value at or below which a share `q` of the ascending `sorted` lie; NaN for none. */
export function percentile(sorted, q) {
  return sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
