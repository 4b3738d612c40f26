// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { ExportAvailableTestsQuery, InventoryPage, ListInventoryQuery, ProductCodeList } from './fulfillment.dto.js';
import { parseExportAvailableTestsQuery, parseListInventoryQuery } from './fulfillment.parameters.js';

@ApiTags("Fulfillment inventory")
export abstract class FulfillmentInventoryApi {
  @Get('/v1/fulfillment/inventory')
  @HttpCode(200)
  @ContractOperation({"operationId":"listInventory","module":"fulfillment","scopes":["fulfillment:read","fulfillment:write"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listInventory', summary: "The caller's test IDs, by status and test type, with counts" })
  async listInventoryRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseListInventoryQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.listInventory({ query }, request)));
  }

  /** GET /v1/fulfillment/inventory: The caller's test IDs, by status and test type, with counts */
  abstract listInventory(input: { query: ListInventoryQuery }, request: FastifyRequest): Promise<InventoryPage | ApiReply<InventoryPage, 200>>;

  @Get('/v1/fulfillment/inventory/available.csv')
  @HttpCode(200)
  @ContractOperation({"operationId":"exportAvailableTests","module":"fulfillment","scopes":["fulfillment:read","fulfillment:write"],"produces":["text/csv"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'exportAvailableTests', summary: "The available test IDs as CSV (the AVAILABLE TESTS export)" })
  async exportAvailableTestsRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseExportAvailableTestsQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.exportAvailableTests({ query }, request)));
  }

  /** GET /v1/fulfillment/inventory/available.csv: The available test IDs as CSV (the AVAILABLE TESTS export) */
  abstract exportAvailableTests(input: { query: ExportAvailableTestsQuery }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;

  @Get('/v1/fulfillment/product-codes')
  @HttpCode(200)
  @ContractOperation({"operationId":"listProductCodes","module":"fulfillment","scopes":["fulfillment:read","fulfillment:write"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listProductCodes', summary: "The product codes the caller can use" })
  async listProductCodesRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.listProductCodes({  }, request)));
  }

  /** GET /v1/fulfillment/product-codes: The product codes the caller can use */
  abstract listProductCodes(input: {  }, request: FastifyRequest): Promise<ProductCodeList | ApiReply<ProductCodeList, 200>>;
}
