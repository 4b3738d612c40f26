import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import { ApiReply } from '../contract/api-reply.js';
import { ApiError } from '../errors/api-error.js';
import { apiKeyView, createFulfillmentApiKey, listFulfillmentApiKeys, revokeFulfillmentApiKey } from './fulfillment-api-keys.js';
import { FulfillmentAPIKeysApi } from './generated/fulfillment-api-keys.api.js';
import { IdempotentOperationService } from '../idempotency/idempotent-operation.service.js';
import { idempotentReply } from '../idempotency/idempotent-reply.js';
import type { ApiKeyList, ApiKeyRequest, ApiKeyWithSecret, RevokeApiKeyPath } from './generated/fulfillment.dto.js';

@Controller()
export class ApiKeysController extends FulfillmentAPIKeysApi {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly idempotency: IdempotentOperationService,
  ) {
    super();
  }

  /** The key's secret is in this answer only (every private answer is no-store); under an Idempotency-Key a repeat answers the same key. */
  async createApiKey(
    { body, headers }: { body: ApiKeyRequest; headers: { 'idempotency-key'?: string } },
    request: FastifyRequest,
  ): Promise<ApiReply<ApiKeyWithSecret, 201>> {
    const client = request.user!;
    const outcome = await this.idempotency.run(
      client.clientId,
      headers['idempotency-key'],
      'createApiKey',
      body,
      async (manager) => ({ status: 201, body: await createFulfillmentApiKey(manager, this.secrets, client, body.productCode) }),
      { holdsSecret: true },
    );
    return idempotentReply(201, outcome);
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
