// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { EnquireServicesPath, EnquireServicesQuery, EnquireServicesResponse } from './results.dto.js';
import { parseEnquireServicesPath, parseEnquireServicesQuery } from './results.parameters.js';

@ApiTags("Results enquire services")
export abstract class ResultsEnquireServicesApi {
  @Get('/v1/businessStreams/:businessStreamId/sessions/:sessionId/enquireServices')
  @HttpCode(200)
  @ContractOperation({"operationId":"enquireServices","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'enquireServices', summary: "Results data (stream 01) or result dates (stream 02) of a session" })
  async enquireServicesRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseEnquireServicesPath, request.params, 'path');
    const query = readParameters(parseEnquireServicesQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.enquireServices({ path, query }, request)));
  }

  /** GET /v1/businessStreams/{businessStreamId}/sessions/{sessionId}/enquireServices: Results data (stream 01) or result dates (stream 02) of a session */
  abstract enquireServices(input: { path: EnquireServicesPath; query: EnquireServicesQuery }, request: FastifyRequest): Promise<EnquireServicesResponse | ApiReply<EnquireServicesResponse, 200>>;
}
