import { isDatabaseUnavailable } from '../errors/database-errors.js';

/** The Results seed's reconnection strategy: a transient connection failure is retried at most twice. */
export const TRANSIENT_RETRIES = 2;
const BACKOFF_MS = [50, 200];

export async function withTransientRetry<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= TRANSIENT_RETRIES || !isDatabaseUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS[attempt]));
    }
  }
}
