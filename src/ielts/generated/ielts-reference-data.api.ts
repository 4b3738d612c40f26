// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { ListCountryCodesResponse200 } from './ielts.dto.js';

@ApiTags("IELTS reference data")
export abstract class IELTSReferenceDataApi {
  @Get('/v1/ielts/country-codes')
  @HttpCode(200)
  @ContractOperation({"operationId":"listCountryCodes","module":"ielts","scopes":null,"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'listCountryCodes', summary: "The country table" })
  async listCountryCodesRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.listCountryCodes({  }, request)));
  }

  /** GET /v1/ielts/country-codes: The country table */
  abstract listCountryCodes(input: {  }, request: FastifyRequest): Promise<ListCountryCodesResponse200 | ApiReply<ListCountryCodesResponse200, 200>>;
}
