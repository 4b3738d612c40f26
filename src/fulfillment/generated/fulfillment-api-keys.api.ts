// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Delete, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { ApiKeyList, ApiKeyRequest, ApiKeyWithSecret, RevokeApiKeyPath } from './fulfillment.dto.js';
import { parseRevokeApiKeyPath } from './fulfillment.parameters.js';

@ApiTags("Fulfillment API keys")
export abstract class FulfillmentAPIKeysApi {
  @Get('/v1/fulfillment/api-keys')
  @HttpCode(200)
  @ContractOperation({"operationId":"listApiKeys","module":"fulfillment","scopes":["fulfillment:write"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listApiKeys', summary: "The caller's signing keys (without secrets)" })
  async listApiKeysRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.listApiKeys({  }, request)));
  }

  /** GET /v1/fulfillment/api-keys: The caller's signing keys (without secrets) */
  abstract listApiKeys(input: {  }, request: FastifyRequest): Promise<ApiKeyList | ApiReply<ApiKeyList, 200>>;

  @Post('/v1/fulfillment/api-keys')
  @HttpCode(201)
  @ContractOperation({"operationId":"createApiKey","module":"fulfillment","scopes":["fulfillment:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'createApiKey', summary: "Generate a signing key for a product code" })
  async createApiKeyRoute(@Body() body: ApiKeyRequest, @Headers('idempotency-key') idempotencyKey: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.createApiKey({ body, headers: { 'idempotency-key': idempotencyKey } }, request));
  }

  /** POST /v1/fulfillment/api-keys: Generate a signing key for a product code */
  abstract createApiKey(input: { body: ApiKeyRequest; headers: { 'idempotency-key'?: string } }, request: FastifyRequest): Promise<ApiKeyWithSecret | ApiReply<ApiKeyWithSecret, 201>>;

  @Delete('/v1/fulfillment/api-keys/:keyId')
  @HttpCode(204)
  @ContractOperation({"operationId":"revokeApiKey","module":"fulfillment","scopes":["fulfillment:write"],"produces":[],"consumes":[],"successStatus":204})
  @ApiOperation({ operationId: 'revokeApiKey', summary: "Revoke a signing key" })
  async revokeApiKeyRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseRevokeApiKeyPath, request.params, 'path');
    return sendApiReply(reply, await this.revokeApiKey({ path }, request));
  }

  /** DELETE /v1/fulfillment/api-keys/{keyId}: Revoke a signing key */
  abstract revokeApiKey(input: { path: RevokeApiKeyPath }, request: FastifyRequest): Promise<void | ApiReply<void, 204>>;
}
