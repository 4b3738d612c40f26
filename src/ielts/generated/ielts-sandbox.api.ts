// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { IeltsResult, SandboxCancelResultPath, SandboxRemarkResultPath } from './ielts.dto.js';
import { parseSandboxCancelResultPath, parseSandboxRemarkResultPath } from './ielts.parameters.js';

@ApiTags("IELTS sandbox")
export abstract class IELTSSandboxApi {
  @Post('/v1/sandbox/ielts/results/:trfNumber/remark')
  @HttpCode(200)
  @ContractOperation({"operationId":"sandboxRemarkResult","module":"ielts","scopes":["ielts:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'sandboxRemarkResult', summary: "Remark a result shared with you (sandbox only), to see `ielts.result.updated`" })
  async sandboxRemarkResultRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseSandboxRemarkResultPath, request.params, 'path');
    return sendApiReply(reply, await this.sandboxRemarkResult({ path }, request));
  }

  /** POST /v1/sandbox/ielts/results/{trfNumber}/remark: Remark a result shared with you (sandbox only), to see `ielts.result.updated` */
  abstract sandboxRemarkResult(input: { path: SandboxRemarkResultPath }, request: FastifyRequest): Promise<IeltsResult | ApiReply<IeltsResult, 200>>;

  @Post('/v1/sandbox/ielts/results/:trfNumber/cancel')
  @HttpCode(200)
  @ContractOperation({"operationId":"sandboxCancelResult","module":"ielts","scopes":["ielts:read"],"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'sandboxCancelResult', summary: "Cancel a result shared with you (sandbox only), to see `ielts.result.cancelled`" })
  async sandboxCancelResultRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseSandboxCancelResultPath, request.params, 'path');
    return sendApiReply(reply, await this.sandboxCancelResult({ path }, request));
  }

  /** POST /v1/sandbox/ielts/results/{trfNumber}/cancel: Cancel a result shared with you (sandbox only), to see `ielts.result.cancelled` */
  abstract sandboxCancelResult(input: { path: SandboxCancelResultPath }, request: FastifyRequest): Promise<IeltsResult | ApiReply<IeltsResult, 200>>;

  @Post('/v1/sandbox/ielts/results')
  @HttpCode(201)
  @ContractOperation({"operationId":"sandboxShareNewResult","module":"ielts","scopes":["ielts:read"],"produces":["application/json"],"consumes":[],"successStatus":201})
  @ApiOperation({ operationId: 'sandboxShareNewResult', summary: "Have a new candidate share a result with you (sandbox only), to see `ielts.result.shared`" })
  async sandboxShareNewResultRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.sandboxShareNewResult({  }, request));
  }

  /** POST /v1/sandbox/ielts/results: Have a new candidate share a result with you (sandbox only), to see `ielts.result.shared` */
  abstract sandboxShareNewResult(input: {  }, request: FastifyRequest): Promise<IeltsResult | ApiReply<IeltsResult, 201>>;
}
