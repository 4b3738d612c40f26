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

/** A weight as RFC 9110 (section 12.4.2) writes it: 0 to 1, at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
const WEIGHT = /;\s*q\s*=\s*([^,;]*)/gi;

/**
 * The first weight in an Accept header that is not one (`q=abc`, `q=2`), trimmed; undefined when all
 * are. negotiator reads a malformed weight as no weight at all, leaving that media range unacceptable:
 * read only once negotiation has found nothing, so that such a header is answered as malformed
 * (400) rather than as one naming nothing the operation serves (406).
 */
export function malformedWeight(accept: string): string | undefined {
  for (const [, value] of accept.matchAll(WEIGHT)) if (!QVALUE.test(value.trim())) return value.trim();
  return undefined;
}
