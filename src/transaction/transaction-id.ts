import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const TRANSACTION_ID = /^[A-Za-z0-9._:-]{5,128}$/;

export function isValidTransactionId(value: string): boolean {
  return TRANSACTION_ID.test(value);
}

/** Fastify's request id: the caller's X-TRANSACTION-ID when it is well-formed, a new UUID otherwise. */
export function transactionIdFor(request: IncomingMessage): string {
  const sent = request.headers['x-transaction-id'];
  return typeof sent === 'string' && isValidTransactionId(sent) ? sent : randomUUID();
}
