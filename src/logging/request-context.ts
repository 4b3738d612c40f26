import { AsyncLocalStorage } from 'node:async_hooks';

/** The request a piece of code runs for, so that every log line can name its transaction. */
export interface RequestContext {
  transactionId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
