// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Get, HttpCode, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetQuestionPapersMisspeltPath, GetQuestionPapersMisspeltQuery, GetQuestionPapersPath, GetQuestionPapersQuery, QuestionPaperList } from './results.dto.js';
import { parseGetQuestionPapersMisspeltPath, parseGetQuestionPapersMisspeltQuery, parseGetQuestionPapersPath, parseGetQuestionPapersQuery } from './results.parameters.js';

@ApiTags("Results question papers")
export abstract class ResultsQuestionPapersApi {
  @Get('/v1/businessStreams/:businessStreamId/qpIdentifiers')
  @HttpCode(200)
  @ContractOperation({"operationId":"getQuestionPapers","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getQuestionPapers', summary: "Question paper details" })
  async getQuestionPapersRoute(@Param(new ParametersPipe(parseGetQuestionPapersPath, 'path')) path: GetQuestionPapersPath, @Query(new ParametersPipe(parseGetQuestionPapersQuery, 'query')) query: GetQuestionPapersQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.getQuestionPapers({ path, query }, request)));
  }

  /** GET /v1/businessStreams/{businessStreamId}/qpIdentifiers: Question paper details */
  abstract getQuestionPapers(input: { path: GetQuestionPapersPath; query: GetQuestionPapersQuery }, request: FastifyRequest): Promise<QuestionPaperList | ApiReply<QuestionPaperList, 200>>;

  @Get('/v1/businessStreams/:businessStreamId/qpIdentifers')
  @HttpCode(200)
  @ContractOperation({"operationId":"getQuestionPapersMisspelt","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getQuestionPapersMisspelt', summary: "Question paper details (the seed's misspelt path)", deprecated: true })
  async getQuestionPapersMisspeltRoute(@Param(new ParametersPipe(parseGetQuestionPapersMisspeltPath, 'path')) path: GetQuestionPapersMisspeltPath, @Query(new ParametersPipe(parseGetQuestionPapersMisspeltQuery, 'query')) query: GetQuestionPapersMisspeltQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.getQuestionPapersMisspelt({ path, query }, request)));
  }

  /** GET /v1/businessStreams/{businessStreamId}/qpIdentifers: Question paper details (the seed's misspelt path) */
  abstract getQuestionPapersMisspelt(input: { path: GetQuestionPapersMisspeltPath; query: GetQuestionPapersMisspeltQuery }, request: FastifyRequest): Promise<QuestionPaperList | ApiReply<QuestionPaperList, 200>>;
}
