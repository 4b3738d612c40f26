import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The Standard Webhooks headers, signed by the specification's own library (`v1,` HMAC-SHA256 of
 * `id.timestamp.body`): one signature per secret, space-separated, as the specification says a
 * sender does while a secret is being rotated.
 */
export function standardWebhookHeaders(secrets: string | string[], id: string, timestamp: number, body: string): Record<string, string> {
  const at = new Date(timestamp * 1000);
  const signatures = (Array.isArray(secrets) ? secrets : [secrets]).map((secret) => new Webhook(secret).sign(id, at, body));
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatures.join(' ') };
}
