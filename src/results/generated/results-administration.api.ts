// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe } from '../../contract/parameters-pipe.js';
import { PutScriptDocumentPath, ResultsLoad, ResultsLoadOutcome, ScriptDocument, ScriptDocumentInput } from './results.dto.js';
import { parsePutScriptDocumentPath } from './results.parameters.js';

@ApiTags("Results administration")
export abstract class ResultsAdministrationApi {
  @Post('/v1/admin/results/load')
  @HttpCode(200)
  @ContractOperation({"operationId":"loadResultsData","module":"results","scopes":["results:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'loadResultsData', summary: "Load result statuses, enquiries, session statuses and question papers (provider side)" })
  async loadResultsDataRoute(@Body() body: ResultsLoad, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.loadResultsData({ body }, request));
  }

  /** POST /v1/admin/results/load: Load result statuses, enquiries, session statuses and question papers (provider side) */
  abstract loadResultsData(input: { body: ResultsLoad }, request: FastifyRequest): Promise<ResultsLoadOutcome | ApiReply<ResultsLoadOutcome, 200>>;

  @Put('/v1/admin/scripts/:docStorePageId')
  @HttpCode(200)
  @ContractOperation({"operationId":"putScriptDocument","module":"results","scopes":["results:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'putScriptDocument', summary: "Store a script page (provider side)" })
  async putScriptDocumentRoute(@Param(new ParametersPipe(parsePutScriptDocumentPath, 'path')) path: PutScriptDocumentPath, @Body() body: ScriptDocumentInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.putScriptDocument({ path, body }, request));
  }

  /** PUT /v1/admin/scripts/{docStorePageId}: Store a script page (provider side) */
  abstract putScriptDocument(input: { path: PutScriptDocumentPath; body: ScriptDocumentInput }, request: FastifyRequest): Promise<ScriptDocument | ApiReply<ScriptDocument, 200>>;
}
