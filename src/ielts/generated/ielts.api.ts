// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetResultVerificationQuery, ResultVerificationResponse } from './ielts.dto.js';
import { parseGetResultVerificationQuery } from './ielts.parameters.js';

@ApiTags("IELTS")
export abstract class IELTSApi {
  @Get('/v1/ielts/result-verification')
  @HttpCode(200)
  @ContractOperation({"operationId":"getResultVerification","module":"ielts","scopes":["ielts:read"],"produces":["application/json","application/xml"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getResultVerification', summary: "Verify results by TRF number or by last-modified date range" })
  async getResultVerificationRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseGetResultVerificationQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.getResultVerification({ query }, request)));
  }

  /** GET /v1/ielts/result-verification: Verify results by TRF number or by last-modified date range */
  abstract getResultVerification(input: { query: GetResultVerificationQuery }, request: FastifyRequest): Promise<ResultVerificationResponse | ApiReply<ResultVerificationResponse | BinaryBody, 200>>;
}
