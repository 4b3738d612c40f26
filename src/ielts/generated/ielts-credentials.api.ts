// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetResultCredentialPath } from './ielts.dto.js';
import { parseGetResultCredentialPath } from './ielts.parameters.js';

@ApiTags("IELTS credentials")
export abstract class IELTSCredentialsApi {
  @Get('/v1/ielts/results/:trfNumber/credential')
  @HttpCode(200)
  @ContractOperation({"operationId":"getResultCredential","module":"ielts","scopes":["ielts:read"],"produces":["application/vc+jwt"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getResultCredential', summary: "The result as a verifiable credential (W3C VC 2.0 as a JWT, an Open Badges 3.0 badge)" })
  async getResultCredentialRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetResultCredentialPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getResultCredential({ path }, request)));
  }

  /** GET /v1/ielts/results/{trfNumber}/credential: The result as a verifiable credential (W3C VC 2.0 as a JWT, an Open Badges 3.0 badge) */
  abstract getResultCredential(input: { path: GetResultCredentialPath }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;
}
