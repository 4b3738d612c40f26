/** The nearest-rank percentile: the value at or below which a share `q` of the ascending `sorted` lie; NaN for none. */
export function percentile(sorted, q) {
  return sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** The median as the benches read it: the middle value, the upper of the two middle ones for an even count. */
export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
