import { randomBytes, randomUUID } from 'node:crypto';
import type { ContractOperationEntry } from '../../src/contract/contract-document.js';
import { signatureHeaderValue } from '../../src/fulfillment/request-signature.js';
import { DEMO_CLIENTS } from '../../src/seed/demo-clients.js';
import { DEMO_FULFILLMENT_KEYS } from '../../src/seed/fulfillment-demo-data.js';

/** A request body's media type object, as far as its examples go. */
type MediaTypeObject = { example?: unknown; examples?: Record<string, { value?: unknown }> };

export interface ExampleRequest {
  /** The path with its parameters filled in, and the query. */
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** Why no request could be made from the contract's examples, when one could not. */
  missing?: string;
}

/**
 * An operation's request as Swagger UI's "Try it out" makes it on the sandbox: every parameter and
 * body filled with the contract's example, Basic credentials of the demo client that holds the
 * operation's scope, and for the signed fulfilment call a signature with a nonce of its own (each
 * call makes a new one, as a client must). `uuids`: what a path parameter whose example is a UUID
 * takes instead (sameNewUuids), so that the request creates rather than finds.
 */
export function exampleRequest(
  { path, method, operation: op, parameters }: ContractOperationEntry,
  { uuids }: { uuids?: (example: string) => string } = {},
): ExampleRequest {
  let url = path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  for (const p of parameters) {
    const example = p.example ?? p.schema?.example;
    if (example === undefined) continue;
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(uuids && UUID.test(String(example)) ? uuids(String(example)) : String(example)));
    else if (p.in === 'query') query.push(`${encodeURIComponent(p.name)}=${encodeURIComponent(String(example))}`);
    else if (p.in === 'header' && !/signature/i.test(p.name)) headers[p.name] = String(example);
  }
  const security: Array<Record<string, string[]>> = op.security ?? [];
  const scopes = security.flatMap((r) => Object.values(r).flat());
  // Basic without a scope (the token endpoints): any client, as a person who clicked Authorize.
  const client = scopes.length
    ? DEMO_CLIENTS.find((c) => scopes.some((s) => c.scopes.includes(s)))
    : security.some((r) => 'basicAuth' in r)
      ? DEMO_CLIENTS[0]
      : undefined;
  if (client) headers.authorization = `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`;
  let body: string | undefined;
  let missing: string | undefined;
  const [mediaType, content] = Object.entries<MediaTypeObject>(op.requestBody?.content ?? {})[0] ?? [];
  if (mediaType) {
    const example = content.example ?? Object.values(content.examples ?? {})[0]?.value;
    if (example === undefined) missing = `${op.operationId}: no body example`;
    body = /json/.test(mediaType)
      ? JSON.stringify(example)
      : /form/.test(mediaType)
        ? new URLSearchParams(example as Record<string, string>).toString()
        : String(example);
    headers['content-type'] = mediaType;
  }
  if (op.operationId === 'obtainTestId') {
    const key = DEMO_FULFILLMENT_KEYS.find((k) => k.productCode === JSON.parse(body!)['product-code'])!;
    headers['x-fulfillment-signature'] = signatureHeaderValue(key.keyId, key.secret, body!, Math.floor(Date.now() / 1000), randomBytes(12).toString('hex'));
  }
  return { url: `${url}${query.length ? `?${query.join('&')}` : ''}`, method: method.toUpperCase(), headers, body, missing };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new UUID for each example UUID, the same one each time it is asked for again. */
export function sameNewUuids(): (example: string) => string {
  const chosen = new Map<string, string>();
  return (example) => {
    if (!chosen.has(example)) chosen.set(example, randomUUID());
    return chosen.get(example)!;
  };
}
