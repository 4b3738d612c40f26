/** The header a POST names its key in; the platform answers a repeat under the same key with the first answer. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * The operations that take an Idempotency-Key (their contract lists the header parameter). A test
 * holds this list to the contract, so an operation that starts taking one is added here too.
 */
export const KEYED_OPERATIONS: ReadonlyArray<{ method: string; path: string }> = [
  { method: 'POST', path: '/v1/candidates/scripts' },
  { method: 'POST', path: '/v1/fulfillment/api-keys' },
  { method: 'POST', path: '/v1/fulfillment/test-ids' },
  { method: 'POST', path: '/v1/webhook-endpoints' },
  { method: 'POST', path: '/v1/webhook-endpoints/{endpointId}/rotate-secret' },
];

// Each path template as the end of a URL's path: a parameter is one segment, whatever its value.
const KEYED = KEYED_OPERATIONS.map(({ method, path }) => ({
  method,
  path: new RegExp(`${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * A request to a keyed operation without a key gets one of its own (`sdk-<uuid>`), made once per
 * call: every attempt of that call sends the same key, so a retry after a lost answer is answered
 * with the first answer instead of acting again.
 */
export function withIdempotencyKey(request: Request): Request {
  if (request.headers.has(IDEMPOTENCY_KEY_HEADER)) return request;
  const { pathname } = new URL(request.url);
  if (KEYED.some((operation) => operation.method === request.method && operation.path.test(pathname)))
    request.headers.set(IDEMPOTENCY_KEY_HEADER, `sdk-${globalThis.crypto.randomUUID()}`);
  return request;
}
