import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SecretBox } from '../common/secret-box.js';
import type { FulfillmentApiKeyEntity } from './entities/fulfillment-api-key.entity.js';
import { apiKeyColumns } from './fulfillment-columns.js';
import { findEnabledProductCode } from './product-codes.service.js';

export interface NewApiKey {
  keyId: string;
  productCode: string;
  secret: string;
  createdAt: string;
}

/**
 * Makes a signing key for a client and a product code, shared by the API and the clients command.
 * The secret is returned once and stored sealed, since the server must compute HMACs with it.
 */
export async function createFulfillmentApiKey(
  manager: EntityManager,
  secrets: SecretBox,
  { clientId, organisationId }: { clientId: string; organisationId: string },
  productCode: string,
): Promise<NewApiKey> {
  await findEnabledProductCode(manager, productCode, 'productCode');
  const keyId = `fk_${randomBytes(12).toString('hex')}`;
  const secret = `fsk_${randomBytes(32).toString('base64url')}`;
  const [row] = await manager.query(
    'INSERT INTO fulfillment_api_keys (id, client_id, organisation_id, product_code, secret_sealed) VALUES ($1, $2, $3, $4, $5) RETURNING created_at',
    [keyId, clientId, organisationId, productCode, secrets.seal(secret)],
  );
  return { keyId, productCode, secret, createdAt: new Date(row.created_at).toISOString() };
}

/** The client's signing keys, newest first. */
export async function listFulfillmentApiKeys(manager: EntityManager, clientId: string): Promise<FulfillmentApiKeyEntity[]> {
  return manager.query(`SELECT ${apiKeyColumns()} FROM fulfillment_api_keys WHERE client_id = $1 ORDER BY created_at DESC`, [clientId]);
}

/** Revokes one of the client's keys (a second revocation keeps the first time); false when it has no such key. */
export async function revokeFulfillmentApiKey(manager: EntityManager, clientId: string, keyId: string): Promise<boolean> {
  // TypeORM answers an UPDATE as [rows, count].
  const [, count]: [unknown[], number] = await manager.query(
    'UPDATE fulfillment_api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND client_id = $2',
    [keyId, clientId],
  );
  return count > 0;
}

export function apiKeyView(key: FulfillmentApiKeyEntity) {
  return {
    keyId: key.id,
    productCode: key.productCode,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
