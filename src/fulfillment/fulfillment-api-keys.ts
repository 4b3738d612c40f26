import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { SecretBox } from '../common/secret-box.js';
import { FulfillmentApiKeyEntity } from './entities/fulfillment-api-key.entity.js';
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

export function apiKeyView(key: FulfillmentApiKeyEntity) {
  return {
    keyId: key.id,
    productCode: key.productCode,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
