/** What an Authorization header carries, or why it carries nothing usable. */
export type Credential =
  { scheme: 'basic'; clientId: string; secret: string } | { scheme: 'bearer'; token: string } | { scheme: 'none' } | { scheme: 'malformed' };

/**
 * `Basic base64(id:secret)` (RFC 7617: the secret is everything after the first colon) or
 * `Bearer <token>` (RFC 6750), schemes case-insensitive. Anything else present is malformed.
 */
export function parseAuthorization(header: string | undefined): Credential {
  if (header === undefined || !header.trim()) return { scheme: 'none' };
  const match = /^([A-Za-z]+) +(\S+) *$/.exec(header);
  if (!match) return { scheme: 'malformed' };
  const [, scheme, value] = match;
  if (/^bearer$/i.test(scheme)) return { scheme: 'bearer', token: value };
  if (!/^basic$/i.test(scheme) || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return { scheme: 'malformed' };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return { scheme: 'malformed' };
  return { scheme: 'basic', clientId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
