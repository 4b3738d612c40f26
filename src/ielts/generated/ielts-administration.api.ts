// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, HttpCode, Param, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { ParametersPipe } from '../../contract/parameters-pipe.js';
import { AttachPhotoPath, IeltsResultInput, IngestOutcome, PhotoInput, ShareInput, ShareOutcome, ShareResultPath, UpsertResultPath } from './ielts.dto.js';
import { parseAttachPhotoPath, parseShareResultPath, parseUpsertResultPath } from './ielts.parameters.js';

@ApiTags("IELTS administration")
export abstract class IELTSAdministrationApi {
  @Put('/v1/ielts/admin/results/:trfNumber')
  @HttpCode(200)
  @ContractOperation({"operationId":"upsertResult","module":"ielts","scopes":["ielts:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'upsertResult', summary: "Create or replace a result (provider side)" })
  async upsertResultRoute(@Param(new ParametersPipe(parseUpsertResultPath, 'path')) path: UpsertResultPath, @Body() body: IeltsResultInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.upsertResult({ path, body }, request));
  }

  /** PUT /v1/ielts/admin/results/{trfNumber}: Create or replace a result (provider side) */
  abstract upsertResult(input: { path: UpsertResultPath; body: IeltsResultInput }, request: FastifyRequest): Promise<ApiReply<IngestOutcome, 200> | ApiReply<IngestOutcome, 201>>;

  @Put('/v1/ielts/admin/results/:trfNumber/photo')
  @HttpCode(200)
  @ContractOperation({"operationId":"attachPhoto","module":"ielts","scopes":["ielts:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'attachPhoto', summary: "Attach or replace the candidate photo (provider side)" })
  async attachPhotoRoute(@Param(new ParametersPipe(parseAttachPhotoPath, 'path')) path: AttachPhotoPath, @Body() body: PhotoInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.attachPhoto({ path, body }, request));
  }

  /** PUT /v1/ielts/admin/results/{trfNumber}/photo: Attach or replace the candidate photo (provider side) */
  abstract attachPhoto(input: { path: AttachPhotoPath; body: PhotoInput }, request: FastifyRequest): Promise<IngestOutcome | ApiReply<IngestOutcome, 200>>;

  @Put('/v1/ielts/admin/results/:trfNumber/shares/:roId')
  @HttpCode(200)
  @ContractOperation({"operationId":"shareResult","module":"ielts","scopes":["ielts:admin"],"produces":["application/json"],"consumes":["application/json"],"successStatus":200})
  @ApiOperation({ operationId: 'shareResult', summary: "Record that the candidate shared the result with an RO (provider side)" })
  async shareResultRoute(@Param(new ParametersPipe(parseShareResultPath, 'path')) path: ShareResultPath, @Body() body: ShareInput, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.shareResult({ path, body }, request));
  }

  /** PUT /v1/ielts/admin/results/{trfNumber}/shares/{roId}: Record that the candidate shared the result with an RO (provider side) */
  abstract shareResult(input: { path: ShareResultPath; body: ShareInput }, request: FastifyRequest): Promise<ApiReply<ShareOutcome, 200> | ApiReply<ShareOutcome, 201>>;
}
