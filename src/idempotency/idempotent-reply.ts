import { ApiReply } from '../contract/api-reply.js';
import type { IdempotentOutcome } from './idempotent-operation.service.js';

/** An operation's answer under an Idempotency-Key: its body, and `Idempotent-Replayed: true` when it replays the first. */
export function idempotentReply<TBody, TStatus extends number>(status: TStatus, outcome: IdempotentOutcome<TBody>): ApiReply<TBody, TStatus> {
  return new ApiReply(status, outcome.body, outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {});
}
