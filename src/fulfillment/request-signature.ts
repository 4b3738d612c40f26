import { createHmac, timingSafeEqual } from 'node:crypto';

/** The one header that signs a fulfilment request. */
export const SIGNATURE_HEADER = 'X-Fulfillment-Signature';

export interface SignatureParts {
  keyId: string;
  timestamp: number;
  nonce: string;
  v1: string;
}

const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const KEY_ID = /^fk_[A-Za-z0-9_]{4,60}$/;

/** `keyId=…,t=…,nonce=…,v1=…` (any order, spaces allowed); answers what is wrong when it is not that. */
export function parseSignatureHeader(header: string): SignatureParts | { problem: string } {
  const fields = new Map<string, string>();
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at <= 0) return { problem: `"${part.trim()}" is not a name=value pair` };
    const name = part.slice(0, at).trim();
    if (fields.has(name)) return { problem: `${name} appears twice` };
    fields.set(name, part.slice(at + 1).trim());
  }
  const missing = ['keyId', 't', 'nonce', 'v1'].filter((name) => !fields.get(name));
  if (missing.length) return { problem: `missing ${missing.join(', ')}` };
  const keyId = fields.get('keyId')!;
  const t = fields.get('t')!;
  const nonce = fields.get('nonce')!;
  const v1 = fields.get('v1')!;
  if (!KEY_ID.test(keyId)) return { problem: 'keyId is not a key id (fk_…)' };
  if (!/^\d{1,12}$/.test(t)) return { problem: 't must be the Unix time in seconds' };
  if (!NONCE.test(nonce)) return { problem: 'nonce must be 16 to 64 characters of A-Z a-z 0-9 _ -' };
  if (!/^[0-9a-fA-F]{64}$/.test(v1)) return { problem: 'v1 must be 64 hex characters (HMAC-SHA256)' };
  return { keyId, timestamp: Number(t), nonce, v1: v1.toLowerCase() };
}

/** Lower-case hex HMAC-SHA256 of `<t>.<nonce>.<body bytes>` under the key's secret. */
export function computeSignature(secret: string, timestamp: number, nonce: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${nonce}.`).update(body).digest('hex');
}

export function signatureMatches(expectedHex: string, givenHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const given = Buffer.from(givenHex, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The header value for a body, as a client computes it. */
export function signatureHeaderValue(keyId: string, secret: string, body: Buffer | string, timestamp: number, nonce: string): string {
  return `keyId=${keyId},t=${timestamp},nonce=${nonce},v1=${computeSignature(secret, timestamp, nonce, body)}`;
}
