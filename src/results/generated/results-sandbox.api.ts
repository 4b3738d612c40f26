// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { SandboxResultsEvent, SandboxResultsEventRequest } from './results.dto.js';

@ApiTags("Results sandbox")
export abstract class ResultsSandboxApi {
  @Post('/v1/sandbox/results/events')
  @HttpCode(201)
  @ContractOperation({"operationId":"sandboxResultsEvent","module":"results","scopes":["results:read"],"produces":["application/json"],"consumes":["application/json"],"successStatus":201})
  @ApiOperation({ operationId: 'sandboxResultsEvent', summary: "Make a Results event happen for your centre (sandbox only)" })
  async sandboxResultsEventRoute(@Body() body: SandboxResultsEventRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.sandboxResultsEvent({ body }, request));
  }

  /** POST /v1/sandbox/results/events: Make a Results event happen for your centre (sandbox only) */
  abstract sandboxResultsEvent(input: { body: SandboxResultsEventRequest }, request: FastifyRequest): Promise<SandboxResultsEvent | ApiReply<SandboxResultsEvent, 201>>;
}
