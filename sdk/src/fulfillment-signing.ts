/** A signing key made for one product code (POST /v1/fulfillment/api-keys). */
export interface FulfillmentKey {
  keyId: string;
  secret: string;
}

/** The header a fulfilment request's signature goes in. */
export const SIGNATURE_HEADER = 'X-Fulfillment-Signature';

const hex = (bytes: ArrayBuffer | Uint8Array) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The X-Fulfillment-Signature value for a body: `keyId=…,t=…,nonce=…,v1=<hex HMAC-SHA256 of t.nonce.body>`.
 * Sign the exact string you send; Web Crypto, so it runs in Node 20+ and in browsers.
 */
export async function signFulfillment(body: string, key: FulfillmentKey, options: { timestamp?: number; nonce?: string } = {}): Promise<string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const nonce = options.nonce ?? hex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  const encoder = new TextEncoder();
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', encoder.encode(key.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(`${timestamp}.${nonce}.${body}`));
  return `keyId=${key.keyId},t=${timestamp},nonce=${nonce},v1=${hex(signature)}`;
}

/** Picks the key for a fulfilment body by its `product-code`. */
export function keyForBody(body: string, keys: Record<string, FulfillmentKey>): FulfillmentKey | undefined {
  try {
    const productCode = (JSON.parse(body) as Record<string, unknown>)['product-code'];
    return typeof productCode === 'string' ? keys[productCode] : undefined;
  } catch {
    return undefined;
  }
}
