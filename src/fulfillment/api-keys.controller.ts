import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import { ApiReply } from '../contract/api-reply.js';
import { ApiError } from '../errors/api-error.js';
import { apiKeyView, createFulfillmentApiKey, listFulfillmentApiKeys, revokeFulfillmentApiKey } from './fulfillment-api-keys.js';
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
    return { keys: (await listFulfillmentApiKeys(this.dataSource.manager, request.user!.clientId)).map(apiKeyView) };
  }

  async revokeApiKey({ path }: { path: RevokeApiKeyPath }, request: FastifyRequest): Promise<ApiReply<void, 204>> {
    if (!(await revokeFulfillmentApiKey(this.dataSource.manager, request.user!.clientId, path.keyId))) {
      throw new ApiError(70404, `No signing key ${path.keyId} of this client.`);
    }
    return new ApiReply(204, undefined);
  }
}
