// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetQuestionPapersMisspeltPath, GetQuestionPapersMisspeltQuery, GetQuestionPapersPath, GetQuestionPapersQuery, QuestionPaperList } from './results.dto.js';
import { parseGetQuestionPapersMisspeltPath, parseGetQuestionPapersMisspeltQuery, parseGetQuestionPapersPath, parseGetQuestionPapersQuery } from './results.parameters.js';

@ApiTags("Results question papers")
export abstract class ResultsQuestionPapersApi {
  @Get('/v1/businessStreams/:businessStreamId/qpIdentifiers')
  @HttpCode(200)
  @ContractOperation({"operationId":"getQuestionPapers","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getQuestionPapers', summary: "Question paper details" })
  async getQuestionPapersRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetQuestionPapersPath, request.params, 'path');
    const query = readParameters(parseGetQuestionPapersQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.getQuestionPapers({ path, query }, request)));
  }

  /** GET /v1/businessStreams/{businessStreamId}/qpIdentifiers: Question paper details */
  abstract getQuestionPapers(input: { path: GetQuestionPapersPath; query: GetQuestionPapersQuery }, request: FastifyRequest): Promise<QuestionPaperList | ApiReply<QuestionPaperList, 200>>;

  @Get('/v1/businessStreams/:businessStreamId/qpIdentifers')
  @HttpCode(200)
  @ContractOperation({"operationId":"getQuestionPapersMisspelt","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getQuestionPapersMisspelt', summary: "Question paper details (the seed's misspelt path)", deprecated: true })
  async getQuestionPapersMisspeltRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetQuestionPapersMisspeltPath, request.params, 'path');
    const query = readParameters(parseGetQuestionPapersMisspeltQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.getQuestionPapersMisspelt({ path, query }, request)));
  }

  /** GET /v1/businessStreams/{businessStreamId}/qpIdentifers: Question paper details (the seed's misspelt path) */
  abstract getQuestionPapersMisspelt(input: { path: GetQuestionPapersMisspeltPath; query: GetQuestionPapersMisspeltQuery }, request: FastifyRequest): Promise<QuestionPaperList | ApiReply<QuestionPaperList, 200>>;
}
