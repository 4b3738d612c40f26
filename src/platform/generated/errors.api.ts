// Generated from openapi/platform.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { ErrorCatalogueEntry, GetErrorPath, ListErrorsResponse200 } from './platform.dto.js';
import { parseGetErrorPath } from './platform.parameters.js';

@ApiTags("Errors")
export abstract class ErrorsApi {
  @Get('/errors')
  @HttpCode(200)
  @ContractOperation({"operationId":"listErrors","module":"platform","scopes":null,"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listErrors', summary: "The error catalogue" })
  async listErrorsRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.listErrors({  }, request)));
  }

  /** GET /errors: The error catalogue */
  abstract listErrors(input: {  }, request: FastifyRequest): Promise<ListErrorsResponse200 | ApiReply<ListErrorsResponse200, 200>>;

  @Get('/errors/:errorCode')
  @HttpCode(200)
  @ContractOperation({"operationId":"getError","module":"platform","scopes":null,"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getError', summary: "One entry of the error catalogue" })
  async getErrorRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetErrorPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getError({ path }, request)));
  }

  /** GET /errors/{errorCode}: One entry of the error catalogue */
  abstract getError(input: { path: GetErrorPath }, request: FastifyRequest): Promise<ErrorCatalogueEntry | ApiReply<ErrorCatalogueEntry, 200>>;
}
