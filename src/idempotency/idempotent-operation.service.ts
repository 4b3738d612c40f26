import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { SecretBox } from '../common/secret-box.js';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,100}$/;

export interface IdempotentOptions {
  /** The answer holds a secret: it is kept sealed (SecretBox), as the secret itself is, and opened to replay. */
  holdsSecret?: boolean;
}

/** How an answer holding a secret is kept: `{ "sealed": "<SecretBox text of the answer's JSON>" }`. */
interface SealedAnswer {
  sealed: string;
}

export interface IdempotentOutcome<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * `Idempotency-Key` for POST operations: the key, the request's hash and the response are written in
 * the same transaction as the work, so a retry replays the first response exactly and a concurrent
 * retry waits for the first to commit. The same key with another request answers 409/70409.
 */
@Injectable()
export class IdempotentOperationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  async run<T>(
    clientId: string,
    key: string | undefined,
    operation: string,
    request: unknown,
    work: (manager: EntityManager) => Promise<{ status: number; body: T }>,
    { holdsSecret = false }: IdempotentOptions = {},
  ): Promise<IdempotentOutcome<T>> {
    if (key === undefined) return { ...(await this.dataSource.transaction(work)), replayed: false };
    if (!KEY_PATTERN.test(key)) {
      throw new ApiError(60010, 'Idempotency-Key must be 8 to 100 characters of A-Z a-z 0-9 . _ : -', {
        details: [{ location: 'header', field: 'Idempotency-Key', message: 'must be 8 to 100 characters of A-Z a-z 0-9 . _ : -' }],
      });
    }
    const hash = createHash('sha256')
      .update(`${operation}\n${canonicalJson(request)}`)
      .digest('hex');
    return this.dataSource.transaction(async (manager) => {
      // One statement claims the key or finds it taken: a concurrent retry waits here for the first to commit.
      const claimed = await manager.query(
        `WITH claimed AS (
           INSERT INTO idempotency_keys (client_id, key, request_hash, response_status, response_body) VALUES ($1, $2, $3, 0, 'null')
           ON CONFLICT DO NOTHING RETURNING 1)
         SELECT count(*)::int AS n FROM claimed`,
        [clientId, key, hash],
      );
      if (claimed[0].n === 0) {
        const [first]: Array<{ requestHash: string; responseStatus: number; responseBody: unknown }> = await manager.query(
          'SELECT request_hash AS "requestHash", response_status AS "responseStatus", response_body AS "responseBody" FROM idempotency_keys WHERE client_id = $1 AND key = $2',
          [clientId, key],
        );
        if (first.requestHash !== hash) {
          throw new ApiError(70409, `The Idempotency-Key ${key} was used with a different request; use a new key for a new request.`, {
            details: [{ location: 'header', field: 'Idempotency-Key', message: 'already used with a different request' }],
          });
        }
        const body = holdsSecret ? JSON.parse(this.secrets.open((first.responseBody as SealedAnswer).sealed)) : first.responseBody;
        return { status: first.responseStatus, body: body as T, replayed: true };
      }
      const outcome = await work(manager);
      await manager.query('UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb WHERE client_id = $1 AND key = $2', [
        clientId,
        key,
        outcome.status,
        JSON.stringify(holdsSecret ? ({ sealed: this.secrets.seal(JSON.stringify(outcome.body)) } satisfies SealedAnswer) : (outcome.body ?? null)),
      ]);
      return { ...outcome, replayed: false };
    });
  }
}

/** JSON with object keys sorted, so that the same request hashes the same whatever its key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
