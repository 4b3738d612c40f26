import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ApiError } from '../errors/api-error.js';

/**
 * Whether a webhook URL may be registered (an event endpoint, a fulfilment track): an absolute
 * `https://` URL, no credentials in it, and a host whose
 * every address is public (ipaddr.js's `unicast`, not private, loopback, link-local, carrier-grade
 * NAT or reserved), so the server cannot be pointed at its own network (server-side request
 * forgery). `allowPrivate` (WEBHOOK_ALLOW_PRIVATE_URLS) lifts the scheme and address rules for a
 * receiver on the integrator's own machine. Deliveries check the address again when they connect
 * (request-filtering-agent), since a name can resolve elsewhere later.
 */
export async function assertAllowedWebhookUrl(raw: string, allowPrivate: boolean, field = 'url'): Promise<void> {
  const refuse = (message: string) => new ApiError(60002, `${field} ${message}`, { details: [{ location: 'body', field, message }] });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('must be an absolute URL');
  }
  if (url.username || url.password) throw refuse('must not carry a user name or password; the signature authenticates the sender');
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    throw refuse(allowPrivate ? 'must be an http:// or https:// URL' : 'must be an https:// URL');
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    throw refuse(`names a host that does not resolve (${host})`);
  }
  const internal = addresses.find((address) => ipaddr.process(address).range() !== 'unicast');
  if (internal) throw refuse(`points at ${internal}, a private, loopback or reserved address; webhooks go to public addresses only`);
}
