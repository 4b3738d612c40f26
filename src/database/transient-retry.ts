import { isDatabaseUnavailable } from '../errors/database-errors.js';

/** The Results seed's reconnection strategy: a transient connection failure is retried at most twice. */
export const TRANSIENT_RETRIES = 2;
const BACKOFF_MS = [50, 200];

/**
 * The operation, retried after a transient connection failure. Every route's call runs through here
 * and almost none fails, so the first attempt is the operation's own promise with a handler for its
 * failure, not an async frame suspended around it.
 */
export function withTransientRetry<T>(operation: () => Promise<T>): Promise<T> {
  let first: Promise<T>;
  try {
    first = operation();
  } catch (error) {
    first = Promise.reject(error as Error);
  }
  return first.catch((error: unknown) => retryAfter(operation, error));
}

async function retryAfter<T>(operation: () => Promise<T>, failure: unknown): Promise<T> {
  let error = failure;
  for (let attempt = 0; ; attempt++) {
    if (attempt >= TRANSIENT_RETRIES || !isDatabaseUnavailable(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS[attempt]));
    try {
      return await operation();
    } catch (next) {
      error = next;
    }
  }
}
