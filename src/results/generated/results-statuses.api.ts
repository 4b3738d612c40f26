// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { CandidateResultStatus, GetCandidateResultStatusPath, GetResultEnquiryStatusPath, GetSessionResultStatusPath, ResultEnquiryStatus, SessionResultStatus } from './results.dto.js';
import { parseGetCandidateResultStatusPath, parseGetResultEnquiryStatusPath, parseGetSessionResultStatusPath } from './results.parameters.js';

@ApiTags("Results statuses")
export abstract class ResultsStatusesApi {
  @Get('/v1/candidates/resultStatus/businessStream/:businessStreamId/sessions/:sessionId/centres/:centreId/candidateNumber/:candidateNumber/assessments/:assessmentCode')
  @HttpCode(200)
  @ContractOperation({"operationId":"getCandidateResultStatus","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getCandidateResultStatus', summary: "A candidate's result issue status" })
  async getCandidateResultStatusRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetCandidateResultStatusPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getCandidateResultStatus({ path }, request)));
  }

  /** GET /v1/candidates/resultStatus/businessStream/{businessStreamId}/sessions/{sessionId}/centres/{centreId}/candidateNumber/{candidateNumber}/assessments/{assessmentCode}: A candidate's result issue status */
  abstract getCandidateResultStatus(input: { path: GetCandidateResultStatusPath }, request: FastifyRequest): Promise<CandidateResultStatus | ApiReply<CandidateResultStatus, 200>>;

  @Get('/v1/businessStream/:businessStreamId/sessions/:sessionId/centres/:centreId/candidateNumber/:candidateNumber/assessments/:assessmentCode/components/:componentId/resultEnquiryStatus')
  @HttpCode(200)
  @ContractOperation({"operationId":"getResultEnquiryStatus","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getResultEnquiryStatus', summary: "The status of an enquiry about results for a component" })
  async getResultEnquiryStatusRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetResultEnquiryStatusPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getResultEnquiryStatus({ path }, request)));
  }

  /** GET /v1/businessStream/{businessStreamId}/sessions/{sessionId}/centres/{centreId}/candidateNumber/{candidateNumber}/assessments/{assessmentCode}/components/{componentId}/resultEnquiryStatus: The status of an enquiry about results for a component */
  abstract getResultEnquiryStatus(input: { path: GetResultEnquiryStatusPath }, request: FastifyRequest): Promise<ResultEnquiryStatus | ApiReply<ResultEnquiryStatus, 200>>;

  @Get('/v1/businessStream/:businessStreamId/sessions/:sessionId/resultStatus')
  @HttpCode(200)
  @ContractOperation({"operationId":"getSessionResultStatus","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getSessionResultStatus', summary: "The result status of a whole session" })
  async getSessionResultStatusRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetSessionResultStatusPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getSessionResultStatus({ path }, request)));
  }

  /** GET /v1/businessStream/{businessStreamId}/sessions/{sessionId}/resultStatus: The result status of a whole session */
  abstract getSessionResultStatus(input: { path: GetSessionResultStatusPath }, request: FastifyRequest): Promise<SessionResultStatus | ApiReply<SessionResultStatus, 200>>;
}
