// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe, readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { ImportTestsCsvQuery, InventoryLoad, InventoryLoadReport, InventoryTest, ListWebhookDeliveriesQuery, ProductCode, ProductCodeInput, PutProductCodePath, PutTrackPath, RecordTestEventPath, RedriveWebhookDeliveryPath, TestEvent, Track, TrackInput, WebhookDelivery, WebhookDeliveryList } from './fulfillment.dto.js';
import { parseImportTestsCsvQuery, parseListWebhookDeliveriesQuery, parsePutProductCodePath, parsePutTrackPath, parseRecordTestEventPath, parseRedriveWebhookDeliveryPath } from './fulfillment.parameters.js';

@ApiTags("Fulfillment administration")
export abstract class FulfillmentAdministrationApi {
  @Put('/v1/fulfillment/admin/product-codes/:productCode')
  @HttpCode(200)
  @ContractOperation({"operationId":"putProductCode","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putProductCode', summary: "Create or change a product code" })
  async putProductCodeRoute(@Param(new ParametersPipe(parsePutProductCodePath, 'path')) path: PutProductCodePath, @Body() body: ProductCodeInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putProductCode({ path, body }, request));
  }

  /** PUT /v1/fulfillment/admin/product-codes/{productCode}: Create or change a product code */
  abstract putProductCode(input: { path: PutProductCodePath; body: ProductCodeInput }, request: FastifyRequest): Promise<ProductCode | ApiReply<ProductCode, 200>>;

  @Post('/v1/fulfillment/admin/inventory')
  @HttpCode(200)
  @ContractOperation({"operationId":"loadTests","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'loadTests', summary: "Load test IDs into an organisation's inventory" })
  async loadTestsRoute(@Body() body: InventoryLoad, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.loadTests({ body }, request));
  }

  /** POST /v1/fulfillment/admin/inventory: Load test IDs into an organisation's inventory */
  abstract loadTests(input: { body: InventoryLoad }, request: FastifyRequest): Promise<InventoryLoadReport | ApiReply<InventoryLoadReport, 200>>;

  @Post('/v1/fulfillment/admin/inventory.csv')
  @HttpCode(200)
  @ContractOperation({"operationId":"importTestsCsv","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":["text/csv"],"successStatus":200})
  @ApiOperation({ operationId: 'importTestsCsv', summary: "Import test IDs from CSV (the AVAILABLE TESTS export's columns)" })
  async importTestsCsvRoute(@Query(new ParametersPipe(parseImportTestsCsvQuery, 'query')) query: ImportTestsCsvQuery, @Body() body: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.importTestsCsv({ query, body }, request));
  }

  /** POST /v1/fulfillment/admin/inventory.csv: Import test IDs from CSV (the AVAILABLE TESTS export's columns) */
  abstract importTestsCsv(input: { query: ImportTestsCsvQuery; body: string }, request: FastifyRequest): Promise<InventoryLoadReport | ApiReply<InventoryLoadReport, 200>>;

  @Post('/v1/fulfillment/admin/tests/:testId/events')
  @HttpCode(200)
  @ContractOperation({"operationId":"recordTestEvent","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'recordTestEvent', summary: "Move a test through its lifecycle" })
  async recordTestEventRoute(@Param(new ParametersPipe(parseRecordTestEventPath, 'path')) path: RecordTestEventPath, @Body() body: TestEvent, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.recordTestEvent({ path, body }, request));
  }

  /** POST /v1/fulfillment/admin/tests/{testId}/events: Move a test through its lifecycle */
  abstract recordTestEvent(input: { path: RecordTestEventPath; body: TestEvent }, request: FastifyRequest): Promise<InventoryTest | ApiReply<InventoryTest, 200>>;

  @Put('/v1/fulfillment/admin/tracks/:trackCode')
  @HttpCode(200)
  @ContractOperation({"operationId":"putTrack","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putTrack', summary: "Register a customer's track endpoint" })
  async putTrackRoute(@Param(new ParametersPipe(parsePutTrackPath, 'path')) path: PutTrackPath, @Body() body: TrackInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putTrack({ path, body }, request));
  }

  /** PUT /v1/fulfillment/admin/tracks/{trackCode}: Register a customer's track endpoint */
  abstract putTrack(input: { path: PutTrackPath; body: TrackInput }, request: FastifyRequest): Promise<Track | ApiReply<Track, 200>>;

  @Get('/v1/fulfillment/admin/webhook-deliveries')
  @HttpCode(200)
  @ContractOperation({"operationId":"listWebhookDeliveries","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: "Result webhook deliveries, by status and test" })
  async listWebhookDeliveriesRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseListWebhookDeliveriesQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.listWebhookDeliveries({ query }, request)));
  }

  /** GET /v1/fulfillment/admin/webhook-deliveries: Result webhook deliveries, by status and test */
  abstract listWebhookDeliveries(input: { query: ListWebhookDeliveriesQuery }, request: FastifyRequest): Promise<WebhookDeliveryList | ApiReply<WebhookDeliveryList, 200>>;

  @Post('/v1/fulfillment/admin/webhook-deliveries/:deliveryId/redrive')
  @HttpCode(200)
  @ContractOperation({"operationId":"redriveWebhookDelivery","module":"fulfillment","scopes":["fulfillment:admin"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'redriveWebhookDelivery', summary: "Send a dead delivery again" })
  async redriveWebhookDeliveryRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseRedriveWebhookDeliveryPath, request.params, 'path');
    return sendApiReply(reply, await this.redriveWebhookDelivery({ path }, request));
  }

  /** POST /v1/fulfillment/admin/webhook-deliveries/{deliveryId}/redrive: Send a dead delivery again */
  abstract redriveWebhookDelivery(input: { path: RedriveWebhookDeliveryPath }, request: FastifyRequest): Promise<WebhookDelivery | ApiReply<WebhookDelivery, 200>>;
}
