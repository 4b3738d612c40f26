// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { Fulfilment, FulfilmentRequest } from './fulfillment.dto.js';

@ApiTags("Fulfillment test IDs")
export abstract class FulfillmentTestIDsApi {
  @Post('/v1/fulfillment/test-ids')
  @HttpCode(201)
  @ContractOperation({"operationId":"obtainTestId","module":"fulfillment","scopes":["fulfillment:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'obtainTestId', summary: "Obtain a test ID for a candidate" })
  async obtainTestIdRoute(@Body() body: FulfilmentRequest, @Headers('x-fulfillment-signature') xFulfillmentSignature: string | undefined, @Headers('idempotency-key') idempotencyKey: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.obtainTestId({ body, headers: { 'x-fulfillment-signature': xFulfillmentSignature, 'idempotency-key': idempotencyKey } }, request));
  }

  /** POST /v1/fulfillment/test-ids: Obtain a test ID for a candidate */
  abstract obtainTestId(input: { body: FulfilmentRequest; headers: { 'x-fulfillment-signature'?: string; 'idempotency-key'?: string } }, request: FastifyRequest): Promise<Fulfilment | ApiReply<Fulfilment, 201>>;
}
