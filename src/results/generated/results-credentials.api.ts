// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetCandidateResultCredentialPath } from './results.dto.js';
import { parseGetCandidateResultCredentialPath } from './results.parameters.js';

@ApiTags("Results credentials")
export abstract class ResultsCredentialsApi {
  @Get('/v1/candidates/resultCredential/businessStream/:businessStreamId/sessions/:sessionId/centres/:centreId/candidateNumber/:candidateNumber/assessments/:assessmentCode')
  @HttpCode(200)
  @ContractOperation({"operationId":"getCandidateResultCredential","module":"results","scopes":["results:read"],"produces":["application/vc+jwt"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getCandidateResultCredential', summary: "An issued result as a verifiable credential (W3C VC 2.0 as a JWT, an Open Badges 3.0 badge)" })
  async getCandidateResultCredentialRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetCandidateResultCredentialPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getCandidateResultCredential({ path }, request)));
  }

  /** GET /v1/candidates/resultCredential/businessStream/{businessStreamId}/sessions/{sessionId}/centres/{centreId}/candidateNumber/{candidateNumber}/assessments/{assessmentCode}: An issued result as a verifiable credential (W3C VC 2.0 as a JWT, an Open Badges 3.0 badge) */
  abstract getCandidateResultCredential(input: { path: GetCandidateResultCredentialPath }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;
}
