// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetScriptPdfPath, ScriptRequest, ScriptRequestInput } from './results.dto.js';
import { parseGetScriptPdfPath } from './results.parameters.js';

@ApiTags("Results scripts")
export abstract class ResultsScriptsApi {
  @Post('/v1/candidates/scripts')
  @HttpCode(201)
  @ContractOperation({"operationId":"requestScripts","module":"results","scopes":["results:write"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'requestScripts', summary: "Request a candidate's marked scripts (customer directive)" })
  async requestScriptsRoute(@Body() body: ScriptRequestInput, @Headers('idempotency-key') idempotencyKey: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.requestScripts({ body, headers: { 'idempotency-key': idempotencyKey } }, request));
  }

  /** POST /v1/candidates/scripts: Request a candidate's marked scripts (customer directive) */
  abstract requestScripts(input: { body: ScriptRequestInput; headers: { 'idempotency-key'?: string } }, request: FastifyRequest): Promise<ScriptRequest | ApiReply<ScriptRequest, 201>>;

  @Get('/v1/candidates/scripts/pdf/:docStorePageId')
  @HttpCode(200)
  @ContractOperation({"operationId":"getScriptPdf","module":"results","scopes":["results:read"],"produces":["application/pdf"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getScriptPdf', summary: "Download a marked script as PDF" })
  async getScriptPdfRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetScriptPdfPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getScriptPdf({ path }, request)));
  }

  /** GET /v1/candidates/scripts/pdf/{docStorePageId}: Download a marked script as PDF */
  abstract getScriptPdf(input: { path: GetScriptPdfPath }, request: FastifyRequest): Promise<ApiReply<BinaryBody, 200> | ApiReply<void, 304>>;
}
