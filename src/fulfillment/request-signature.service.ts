import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedClient } from '../auth/authenticated-client.js';
import { SecretBox } from '../common/secret-box.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import type { FulfillmentApiKeyEntity } from './entities/fulfillment-api-key.entity.js';
import { apiKeyColumns } from './fulfillment-columns.js';
import { computeSignature, parseSignatureHeader, SIGNATURE_HEADER, signatureMatches } from './request-signature.js';

const headerProblem = (code: 71410 | 71411 | 71412 | 71413 | 71414 | 71415 | 71416 | 71417, detail: string) =>
  new ApiError(code, detail, { details: [{ location: 'header', field: SIGNATURE_HEADER, message: detail }] });

/**
 * Checks the HMAC signature of a fulfilment request over the raw bytes received, in this order: the
 * header's form, the key (known, not revoked, the caller's), the signature, the timestamp window, the
 * nonce (once only), the key's product code. Each failure has its own code.
 */
@Injectable()
export class RequestSignatureService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register('signature-nonce-purge', async () => (await this.purgeNonces(), 0), this.config.expirySweepIntervalMs);
  }

  async verify(client: AuthenticatedClient, header: string | undefined, rawBody: Buffer, productCode: string): Promise<FulfillmentApiKeyEntity> {
    if (!header?.trim())
      throw headerProblem(71411, `Send ${SIGNATURE_HEADER}: keyId=<key id>,t=<unix seconds>,nonce=<nonce>,v1=<hex HMAC-SHA256 of t.nonce.body>.`);
    const parts = parseSignatureHeader(header);
    if ('problem' in parts) throw headerProblem(71410, `${SIGNATURE_HEADER} is malformed: ${parts.problem}.`);
    const [key]: FulfillmentApiKeyEntity[] = await this.dataSource.query(`SELECT ${apiKeyColumns()} FROM fulfillment_api_keys WHERE id = $1`, [parts.keyId]);
    if (!key || key.revokedAt) throw headerProblem(71412, `The signing key ${parts.keyId} is ${key ? 'revoked' : 'unknown'}.`);
    if (key.clientId !== client.clientId) throw headerProblem(71413, `The signing key ${parts.keyId} does not belong to the client ${client.clientId}.`);
    const expected = computeSignature(this.secrets.open(key.secretSealed), parts.timestamp, parts.nonce, rawBody);
    if (!signatureMatches(expected, parts.v1)) {
      throw headerProblem(
        71415,
        `The signature does not match: sign the bytes "<t>.<nonce>." followed by the body exactly as sent (${rawBody.length} bytes received).`,
      );
    }
    const skew = Math.round(Date.now() / 1000) - parts.timestamp;
    if (Math.abs(skew) > this.config.signatureToleranceSeconds) {
      throw headerProblem(
        71416,
        `The signature timestamp ${parts.timestamp} is ${Math.abs(skew)} seconds ${skew > 0 ? 'old' : 'in the future'}; at most ${this.config.signatureToleranceSeconds} seconds are accepted.`,
      );
    }
    // One round trip: the nonce is spent, and the key marked used when it is the right product's.
    const [{ fresh }] = await this.dataSource.query(
      `WITH spent AS (INSERT INTO fulfillment_signature_nonces (key_id, nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING nonce),
            used AS (UPDATE fulfillment_api_keys SET last_used_at = now() WHERE id = $1 AND product_code = $3 AND EXISTS (SELECT 1 FROM spent))
       SELECT count(*)::int AS fresh FROM spent`,
      [key.id, parts.nonce, productCode],
    );
    if (fresh === 0) throw headerProblem(71417, `The nonce ${parts.nonce} was already used with the key ${key.id}; sign every request with a new nonce.`);
    if (key.productCode !== productCode) {
      throw headerProblem(71414, `The signing key ${key.id} was issued for ${key.productCode}, not for ${productCode}.`);
    }
    return key;
  }

  /** Nonces older than twice the window can no longer be replayed: the timestamp check refuses them. */
  async purgeNonces(): Promise<number> {
    const result = await this.dataSource.query(`DELETE FROM fulfillment_signature_nonces WHERE seen_at < now() - make_interval(secs => $1)`, [
      this.config.signatureToleranceSeconds * 2,
    ]);
    return Array.isArray(result) ? Number(result[1] ?? 0) : 0;
  }
}
