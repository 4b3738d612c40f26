import { Resolver } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import type { WebhookNetwork } from '../config/app-config.js';

/** How the addresses of a customer's webhook host are found (WEBHOOK_DNS_SERVERS, WEBHOOK_DNS_TIMEOUT_MS). */
export type WebhookDnsSettings = Pick<WebhookNetwork, 'dnsServers' | 'dnsTimeoutMs'>;

export interface HostAddress {
  address: string;
  family: 4 | 6;
}

/** A host name whose addresses could not be had; `code` as Node's own DNS errors spell it. */
export class HostLookupError extends Error {
  constructor(
    readonly host: string,
    readonly code: 'ENOTFOUND' | 'ETIMEOUT',
    timeoutMs: number,
  ) {
    super(code === 'ETIMEOUT' ? `no answer for ${host} within ${timeoutMs} ms` : `${host} has no address`);
  }
}

// RFC 6761: localhost names are the loopback, and are never asked of DNS.
const LOCALHOST = /(^|\.)localhost\.?$/i;

/**
 * The addresses of a webhook's host, asked of DNS directly (c-ares) rather than through
 * getaddrinfo. getaddrinfo holds one of libuv's four pool threads until the system resolver gives
 * up (10 s and more for a name whose server never answers), and that pool also signs credentials
 * and reads files: a few registrations of such a name would stall them. Here a lookup is bounded
 * by `dnsTimeoutMs` and holds no thread. /etc/hosts is not read: a receiver's name must be in DNS.
 */
export async function resolveWebhookHost(host: string, settings: WebhookDnsSettings): Promise<HostAddress[]> {
  const family = isIP(host);
  if (family === 4 || family === 6) return [{ address: host, family }];
  if (LOCALHOST.test(host))
    return [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ];
  // A resolver of its own, so that cancelling it at the deadline cancels this lookup alone.
  const resolver = new Resolver({ timeout: settings.dnsTimeoutMs, tries: 1 });
  if (settings.dnsServers.length > 0) resolver.setServers(settings.dnsServers);
  let late = false;
  const deadline = setTimeout(() => {
    late = true;
    resolver.cancel();
  }, settings.dnsTimeoutMs);
  try {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const found: HostAddress[] = [
      ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 as const })) : []),
      ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 as const })) : []),
    ];
    if (found.length > 0) return found;
    const unanswered = late || [v4, v6].some((outcome) => outcome.status === 'rejected' && (outcome.reason as { code?: string }).code === 'ETIMEOUT');
    throw new HostLookupError(host, unanswered ? 'ETIMEOUT' : 'ENOTFOUND', settings.dnsTimeoutMs);
  } finally {
    clearTimeout(deadline);
  }
}

/** `resolveWebhookHost` as the `lookup` option of an HTTP request (net.connect's shape). */
export function webhookHostLookup(settings: WebhookDnsSettings): LookupFunction {
  return (hostname, options, callback) => {
    resolveWebhookHost(hostname, settings).then(
      (found) => {
        const wanted = familyNumber(options.family);
        const usable = wanted === 0 ? found : found.filter((entry) => entry.family === wanted);
        if (usable.length === 0) callback(new HostLookupError(hostname, 'ENOTFOUND', settings.dnsTimeoutMs), '', 0);
        else if (options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (error: Error) => callback(error, '', 0),
    );
  };
}

function familyNumber(family: number | string | undefined): 0 | 4 | 6 {
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return 0;
}
