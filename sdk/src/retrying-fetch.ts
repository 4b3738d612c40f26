import { abortableDelay } from './abort.js';
import { SIGNATURE_HEADER } from './fulfillment-signing.js';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-keys.js';

export interface RetryOptions {
  /** Attempts after the first (default 2; 0 sends each request once). */
  retries?: number;
  /** The longest wait before an attempt: an answer that asks for longer (Retry-After) is returned as it is (default 10 s). */
  maxDelayMs?: number;
}

// Answers worth another attempt: the request took too long to arrive, the client is throttled for a
// moment, or a balancer or the service could not answer (the database unreachable or too slow).
const RETRIED_STATUSES = new Set([408, 429, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
// The first wait, doubled for each later attempt and drawn at random below it ("full jitter"), so
// that clients turned away together do not come back together.
const BASE_DELAY_MS = 250;

/** Signs a signed request anew (a fresh nonce) and returns it, or undefined when it cannot. */
export type SignAgain = (request: Request) => Promise<Request | undefined>;

export interface RetryCapabilities {
  /** Signs a fulfilment request anew for each attempt (the client's keys). */
  signAgain?: SignAgain;
  /** Every request is safe to repeat, whatever its method: the token endpoint's (a second token is harmless). */
  anyRequest?: boolean;
}

/**
 * `fetch`, sending a request again when its answer says a later attempt may succeed, or when no
 * answer came (the connection failed or was cut). Only requests that are safe to repeat are sent
 * again: GET, HEAD, OPTIONS, PUT and DELETE, and a POST or PATCH carrying an Idempotency-Key, which
 * the platform answers with the first request's answer rather than acting twice. A signed fulfilment
 * request's nonce is spent once sent: it is repeated only with an Idempotency-Key, and signed anew
 * for each attempt by `signAgain` (the client's keys); without them it is sent once. Retry-After is
 * obeyed; an answer asking for a longer wait than `maxDelayMs` (a daily quota used up) is returned.
 */
export function retryingFetch(fetchImpl: typeof fetch, options: RetryOptions = {}, { signAgain, anyRequest = false }: RetryCapabilities = {}): typeof fetch {
  const retries = options.retries ?? 2;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  return async (input, init) => {
    const request = new Request(input, init);
    const signed = request.headers.has(SIGNATURE_HEADER);
    if (retries <= 0 || !(anyRequest || (await repeatable(request, signed ? signAgain : undefined)))) return fetchImpl(request);
    for (let attempt = 0; ; attempt++) {
      const last = attempt === retries;
      // A request's body can be read once: each attempt but the last sends a copy.
      let sent = last ? request : request.clone();
      if (signed && attempt > 0 && signAgain) sent = (await signAgain(sent)) ?? sent;
      let response: Response;
      try {
        response = await fetchImpl(sent);
      } catch (error) {
        if (last || request.signal.aborted) throw error;
        await abortableDelay(backoff(attempt), request.signal);
        continue;
      }
      const delay = last || !RETRIED_STATUSES.has(response.status) ? undefined : retryDelay(response, attempt, maxDelayMs);
      if (delay === undefined) return response;
      // Let the connection go back to the pool before waiting.
      await response.body?.cancel();
      await abortableDelay(delay, request.signal);
    }
  };
}

async function repeatable(request: Request, signAgain: SignAgain | undefined): Promise<boolean> {
  if (request.headers.has(SIGNATURE_HEADER))
    return request.headers.has(IDEMPOTENCY_KEY_HEADER) && !!signAgain && (await signAgain(request.clone())) !== undefined;
  return IDEMPOTENT_METHODS.has(request.method) || request.headers.has(IDEMPOTENCY_KEY_HEADER);
}

/** How long to wait before the next attempt, or undefined when the answer asks for longer than allowed. */
function retryDelay(response: Response, attempt: number, maxDelayMs: number): number | undefined {
  const asked = retryAfterMs(response.headers.get('Retry-After'));
  if (asked === undefined) return Math.min(backoff(attempt), maxDelayMs);
  return asked <= maxDelayMs ? asked : undefined;
}

/** Retry-After as seconds or as an HTTP date (RFC 9110, section 10.2.3), in milliseconds from now. */
function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function backoff(attempt: number): number {
  return Math.random() * BASE_DELAY_MS * 2 ** attempt;
}
