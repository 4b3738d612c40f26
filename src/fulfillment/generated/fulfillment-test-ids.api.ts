// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { Fulfilment, FulfilmentEmailState, FulfilmentRequest, GetFulfilmentEmailPath } from './fulfillment.dto.js';
import { parseGetFulfilmentEmailPath } from './fulfillment.parameters.js';

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

  @Get('/v1/fulfillment/fulfilments/:fulfilmentId/email')
  @HttpCode(200)
  @ContractOperation({"operationId":"getFulfilmentEmail","module":"fulfillment","scopes":["fulfillment:read","fulfillment:write"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getFulfilmentEmail', summary: "Whether the candidate's e-mail of an STX fulfilment went out" })
  async getFulfilmentEmailRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetFulfilmentEmailPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getFulfilmentEmail({ path }, request)));
  }

  /** GET /v1/fulfillment/fulfilments/{fulfilmentId}/email: Whether the candidate's e-mail of an STX fulfilment went out */
  abstract getFulfilmentEmail(input: { path: GetFulfilmentEmailPath }, request: FastifyRequest): Promise<FulfilmentEmailState | ApiReply<FulfilmentEmailState, 200>>;
}
