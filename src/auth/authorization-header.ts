/** What an Authorization header carries, or why it carries nothing usable. */
export type Credential =
  { scheme: 'basic'; clientId: string; secret: string } | { scheme: 'bearer'; token: string } | { scheme: 'none' } | { scheme: 'malformed' };

/** The header split into its scheme and value, the Basic value still encoded. */
export type PresentedCredential = { scheme: 'basic'; encoded: string } | { scheme: 'bearer'; token: string } | { scheme: 'none' } | { scheme: 'malformed' };

const NONE = { scheme: 'none' } as const;
const MALFORMED = { scheme: 'malformed' } as const;

/**
 * `Basic base64(id:secret)` (RFC 7617: the secret is everything after the first colon) or
 * `Bearer <token>` (RFC 6750), schemes case-insensitive. Anything else present is malformed.
 */
export function parseAuthorization(header: string | undefined): Credential {
  const presented = presentedCredential(header);
  return presented.scheme === 'basic' ? decodeBasic(presented.encoded) : presented;
}

/**
 * The scheme and value, without decoding a Basic credential: a request whose credentials were
 * verified moments ago is answered from a cache keyed by the encoded value (ClientCredentialsService),
 * and only a miss pays for the check and decoding (decodeBasic).
 */
export function presentedCredential(header: string | undefined): PresentedCredential {
  if (header === undefined || !header.trim()) return NONE;
  const match = /^([A-Za-z]+) +(\S+) *$/.exec(header);
  if (!match) return MALFORMED;
  const [, scheme, value] = match;
  if (/^bearer$/i.test(scheme)) return { scheme: 'bearer', token: value };
  if (/^basic$/i.test(scheme)) return { scheme: 'basic', encoded: value };
  return MALFORMED;
}

/** A Basic credential's id and secret, or malformed: not base64, no colon, or an empty id or secret. */
export function decodeBasic(encoded: string): Credential {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return MALFORMED;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return MALFORMED;
  return { scheme: 'basic', clientId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
