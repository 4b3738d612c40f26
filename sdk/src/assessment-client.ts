import { createClient, createConfig, type Client } from './generated/client/index.js';
import { issueToken } from './generated/sdk.gen.js';
import { keyForBody, SIGNATURE_HEADER, signFulfillment, type FulfillmentKey } from './fulfillment-signing.js';
import { ApiProblemError } from './problem-error.js';
import { retryingFetch, type RetryOptions } from './retrying-fetch.js';
import { withIdempotencyKey } from './idempotency-keys.js';

export type Credentials =
  /** Basic on every call: the client id and secret. */
  | { kind: 'basic'; clientId: string; clientSecret: string }
  /** A token you obtained yourself. */
  | { kind: 'bearer'; token: string }
  /** Bearer tokens fetched from /oauth/token with these credentials, and fetched again before they expire. */
  | { kind: 'client-credentials'; clientId: string; clientSecret: string; scope?: string };

export interface AssessmentClientOptions {
  baseUrl: string;
  credentials?: Credentials;
  /** Called per request; its value is sent as X-TRANSACTION-ID (5 to 128 of A-Z a-z 0-9 . _ : -). */
  transactionId?: () => string;
  fetch?: typeof fetch;
  /**
   * Sending a request again after a 408, 429, 502, 503 or 504, or when no answer came: only requests
   * safe to repeat (GET, PUT, DELETE, and POSTs with an Idempotency-Key; a fulfilment request with one
   * is signed anew with `fulfillmentKeys` for each attempt), waiting as Retry-After asks. Two more
   * attempts by default; `{ retries: 0 }` sends each request once.
   */
  retry?: RetryOptions;
  /**
   * true (the default): a call to an operation that takes an Idempotency-Key (requestScripts,
   * obtainTestId, createApiKey, createWebhookEndpoint, rotateWebhookSecret) gets one of its own when
   * you give none, so that it is retried safely after a lost answer; false: only the keys you give,
   * and such a call without one is sent once.
   */
  idempotencyKeys?: boolean;
  /** Signing keys by product code: fulfilment requests (obtainTestId) are then signed over the bytes sent. */
  fulfillmentKeys?: Record<string, FulfillmentKey>;
  /** @deprecated The earlier spelling of `fulfillmentKeys`, still read. */
  fulfilmentKeys?: Record<string, FulfillmentKey>;
}

/** A text body (a credential to verify, a CSV) goes as it is, any other as JSON. */
const textOrJson = (body: unknown): string => (typeof body === 'string' ? body : JSON.stringify(body));

// A token is replaced this long before it expires, so that no request carries an expired one.
const REFRESH_MARGIN_MS = 30_000;

/**
 * A client for every operation of the platform: pass it as `client` to the generated functions.
 * Errors are thrown as ApiProblemError, carrying the platform's errorCode and transactionId.
 */
export function createAssessmentClient(options: AssessmentClientOptions): Client {
  const fulfillmentKeys = options.fulfillmentKeys ?? options.fulfilmentKeys;
  const sign = fulfillmentKeys ? fulfillmentSigner(fulfillmentKeys) : undefined;
  const fetchImpl = retryingFetch(options.fetch ?? globalThis.fetch, options.retry, { signAgain: sign });
  const client = createClient(createConfig({ baseUrl: options.baseUrl, throwOnError: true, fetch: fetchImpl, bodySerializer: textOrJson }));
  // A token request is repeated as readily as a read: a second token issued is harmless.
  const tokenFetch = retryingFetch(options.fetch ?? globalThis.fetch, options.retry, { anyRequest: true });
  const bearer = options.credentials?.kind === 'client-credentials' ? tokenSource(options.baseUrl, options.credentials, tokenFetch) : undefined;
  client.interceptors.request.use(async (request) => {
    const credentials = options.credentials;
    if (credentials?.kind === 'basic') request.headers.set('Authorization', basicHeader(credentials.clientId, credentials.clientSecret));
    if (credentials?.kind === 'bearer') request.headers.set('Authorization', `Bearer ${credentials.token}`);
    if (bearer) request.headers.set('Authorization', `Bearer ${await bearer.token()}`);
    if (options.transactionId) request.headers.set('X-TRANSACTION-ID', options.transactionId());
    if (options.idempotencyKeys !== false) withIdempotencyKey(request);
    if (sign && request.method === 'POST' && new URL(request.url).pathname.endsWith('/v1/fulfillment/test-ids') && !request.headers.has(SIGNATURE_HEADER))
      return (await sign(request)) ?? request;
    return request;
  });
  client.interceptors.error.use((error, response) => {
    // A token revoked or expired early is dropped, so the next call fetches a new one.
    if (bearer && response?.status === 401) bearer.forget();
    return new ApiProblemError(response?.status ?? 0, error);
  });
  return client;
}

function tokenSource(baseUrl: string, credentials: Extract<Credentials, { kind: 'client-credentials' }>, fetchImpl: typeof fetch) {
  const tokenClient = createClient(createConfig({ baseUrl, throwOnError: true, fetch: fetchImpl }));
  tokenClient.interceptors.error.use((error, response) => new ApiProblemError(response?.status ?? 0, error));
  let current: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async () => {
    const { data } = await issueToken({
      client: tokenClient,
      throwOnError: true,
      headers: { Authorization: basicHeader(credentials.clientId, credentials.clientSecret) },
      body: { grant_type: 'client_credentials', ...(credentials.scope ? { scope: credentials.scope } : {}) },
    });
    current = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    return data.access_token;
  };
  return {
    async token(): Promise<string> {
      if (current && current.expiresAt - REFRESH_MARGIN_MS > Date.now()) return current.token;
      pending ??= fetchToken().finally(() => (pending = undefined));
      return pending;
    },
    forget() {
      current = undefined;
    },
  };
}

/** Signs a fulfilment request over its body with the key for its product code (a new nonce each time), or undefined without one. */
function fulfillmentSigner(keys: Record<string, FulfillmentKey>) {
  return async (request: Request): Promise<Request | undefined> => {
    const body = await request.clone().text();
    const key = keyForBody(body, keys);
    if (!key) return undefined;
    request.headers.set(SIGNATURE_HEADER, await signFulfillment(body, key));
    return request;
  };
}

function basicHeader(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${clientId}:${clientSecret}`)}`;
}
