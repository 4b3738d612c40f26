import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import { ApiReply } from '../contract/api-reply.js';
import { ApiError } from '../errors/api-error.js';
import { FulfillmentApiKeyEntity } from './entities/fulfillment-api-key.entity.js';
import { apiKeyView, createFulfillmentApiKey } from './fulfillment-api-keys.js';
import { FulfillmentAPIKeysApi } from './generated/fulfillment-api-keys.api.js';
import type { ApiKeyList, ApiKeyRequest, ApiKeyWithSecret, RevokeApiKeyPath } from './generated/fulfillment.dto.js';

@Controller()
export class ApiKeysController extends FulfillmentAPIKeysApi {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {
    super();
  }

  async createApiKey({ body }: { body: ApiKeyRequest }, request: FastifyRequest): Promise<ApiReply<ApiKeyWithSecret, 201>> {
    const key = await this.dataSource.transaction((manager) => createFulfillmentApiKey(manager, this.secrets, request.user!, body.productCode));
    return new ApiReply(201, key, { 'Cache-Control': 'no-store' });
  }

  async listApiKeys(_input: object, request: FastifyRequest): Promise<ApiKeyList> {
    const keys = await this.dataSource
      .getRepository(FulfillmentApiKeyEntity)
      .find({ where: { clientId: request.user!.clientId }, order: { createdAt: 'DESC' } });
    return { keys: keys.map(apiKeyView) };
  }

  async revokeApiKey({ path }: { path: RevokeApiKeyPath }, request: FastifyRequest): Promise<ApiReply<void, 204>> {
    const result = await this.dataSource
      .getRepository(FulfillmentApiKeyEntity)
      .update({ id: path.keyId, clientId: request.user!.clientId }, { revokedAt: () => 'COALESCE(revoked_at, now())' });
    if (!result.affected) throw new ApiError(70404, `No signing key ${path.keyId} of this client.`);
    return new ApiReply(204, undefined);
  }
}
