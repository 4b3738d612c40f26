import Negotiator from 'negotiator';

/**
 * Picks the media type to answer with from an Accept header (RFC 9110 section 12.5.1) and the media
 * types the contract lists for the operation, by `negotiator` (the library Express and Koa use): the
 * highest q-value wins, then the most specific range, then the order of the Accept header, then the
 * contract's order. Undefined means none is acceptable (406). No Accept header, or an empty one,
 * accepts anything.
 */
export function negotiateMediaType(accept: string | undefined, offered: string[]): string | undefined {
  if (offered.length === 0) return undefined;
  if (!accept || !accept.trim()) return offered[0];
  return new Negotiator({ headers: { accept } }).mediaType(offered);
}
