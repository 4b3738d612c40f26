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

/** What every webhook this service sends carries: its media type, who sent it, and the signature headers, timestamped now. */
export function signedWebhookHeaders(contentType: string, secrets: string | string[], id: string, body: string): Record<string, string> {
  return {
    'content-type': contentType,
    'user-agent': 'assessment-platform-webhooks/1',
    ...standardWebhookHeaders(secrets, id, Math.floor(Date.now() / 1000), body),
  };
}

/** Why a webhook could not be sent, as its delivery keeps it: the error and the system's code (ECONNREFUSED) where there is one. */
export function webhookSendFailure(error: unknown): string {
  const { message, code, cause } = error as { message?: string; code?: unknown; cause?: { code?: unknown } };
  const system = typeof code === 'string' ? code : typeof cause?.code === 'string' ? cause.code : undefined;
  return `${message}${system ? ` (${system})` : ''}`.slice(0, 1000);
}
