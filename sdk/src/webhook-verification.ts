import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { Webhooks } from './generated/types.gen.js';

/** Every event the platform POSTs to a webhook endpoint (the contract's `webhooks`), told apart by `type`. */
export type WebhookEvent = Webhooks['body'];

export { WebhookVerificationError };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * Verifies a webhook delivery per Standard Webhooks, with the specification's reference library:
 * the `webhook-signature` must hold an HMAC-SHA256 of `webhook-id.webhook-timestamp.body` under the
 * endpoint's secret, and the timestamp must be within five minutes of now. Pass the body exactly as
 * received (the raw text, not re-serialized JSON), and the secret, or both secrets while one is being
 * rotated. Answers the event, typed by its `type`; throws WebhookVerificationError otherwise.
 */
export function verifyWebhook(payload: string | Uint8Array, headers: HeaderBag, secrets: string | string[]): WebhookEvent {
  const body = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
  const required = {
    'webhook-id': header(headers, 'webhook-id'),
    'webhook-timestamp': header(headers, 'webhook-timestamp'),
    'webhook-signature': header(headers, 'webhook-signature'),
  };
  let refused: unknown = new WebhookVerificationError('No secret given');
  for (const secret of Array.isArray(secrets) ? secrets : [secrets]) {
    try {
      return new Webhook(secret).verify(body, required) as WebhookEvent;
    } catch (error) {
      refused = error;
    }
  }
  throw refused;
}

function header(headers: HeaderBag, name: string): string {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value.join(' ') : value) ?? '';
}
