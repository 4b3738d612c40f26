import ipaddr from 'ipaddr.js';
import { ApiError } from '../errors/api-error.js';
import type { WebhookNetwork } from '../config/app-config.js';
import { HostLookupError, resolveWebhookHost } from './webhook-host-lookup.js';

/**
 * Whether a webhook URL may be registered (an event endpoint, a fulfilment track): an absolute
 * `https://` URL, no credentials in it, and a host whose
 * every address is public (ipaddr.js's `unicast`, not private, loopback, link-local, carrier-grade
 * NAT or reserved), so the server cannot be pointed at its own network (server-side request
 * forgery). `allowPrivate` (WEBHOOK_ALLOW_PRIVATE_URLS; TRACK_ALLOW_PRIVATE_URLS for tracks) lifts
 * the scheme and address rules for a receiver on the integrator's own machine or a private link.
 * Deliveries check the address again when they connect (request-filtering-agent), since a name can
 * resolve elsewhere later; both ask DNS the same way (resolveWebhookHost), with a deadline.
 */
export async function assertAllowedWebhookUrl(raw: string, network: WebhookNetwork, field = 'url'): Promise<void> {
  const { allowPrivate } = network;
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
    addresses = (await resolveWebhookHost(host, network)).map((entry) => entry.address);
  } catch (error) {
    const why = error instanceof HostLookupError && error.code === 'ETIMEOUT' ? `: ${error.message}` : '';
    throw refuse(`names a host that does not resolve (${host}${why})`);
  }
  const internal = addresses.find((address) => ipaddr.process(address).range() !== 'unicast');
  if (internal) throw refuse(`points at ${internal}, a private, loopback or reserved address; webhooks go to public addresses only`);
}
