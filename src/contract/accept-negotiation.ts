/**
 * Picks the media type to answer with from an Accept header (RFC 9110 section 12.5.1) and the media
 * types the contract lists for the operation: the highest q-value wins, ties by the contract's order.
 * Undefined means none is acceptable (406). No Accept header accepts anything.
 */
export function negotiateMediaType(accept: string | undefined, offered: string[]): string | undefined {
  if (offered.length === 0) return undefined;
  if (!accept || !accept.trim()) return offered[0];
  const ranges = accept.split(',').map((part) => {
    const [range, ...params] = part
      .trim()
      .toLowerCase()
      .split(';')
      .map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    return { range, quality: Number.isFinite(quality) ? quality : 0 };
  });
  let best: { type: string; quality: number; specificity: number } | undefined;
  for (const type of offered) {
    const [major] = type.split('/');
    // The most specific matching range decides a type's quality.
    const match = ranges
      .map((r) => ({ ...r, specificity: r.range === type ? 3 : r.range === `${major}/*` ? 2 : r.range === '*/*' ? 1 : 0 }))
      .filter((r) => r.specificity > 0)
      .sort((a, b) => b.specificity - a.specificity)[0];
    if (!match || match.quality <= 0) continue;
    if (!best || match.quality > best.quality) best = { type, quality: match.quality, specificity: match.specificity };
  }
  return best?.type;
}
