// Generated from openapi/credentials.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply, type BinaryBody } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { readParameters } from '../../contract/parameters-pipe.js';
import { withTransientRetry } from '../../database/transient-retry.js';
import { GetStatusListPath, JsonWebKeySet, VerificationReport, VerifyPageQuery } from './credentials.dto.js';
import { parseGetStatusListPath, parseVerifyPageQuery } from './credentials.parameters.js';

@ApiTags("Credentials")
export abstract class CredentialsApi {
  @Get('/.well-known/jwks.json')
  @HttpCode(200)
  @ContractOperation({"operationId":"getIssuerKeys","module":"credentials","scopes":null,"produces":["application/json"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getIssuerKeys', summary: "The public keys credentials are signed with (JWKS)" })
  async getIssuerKeysRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await withTransientRetry(() => this.getIssuerKeys({  }, request)));
  }

  /** GET /.well-known/jwks.json: The public keys credentials are signed with (JWKS) */
  abstract getIssuerKeys(input: {  }, request: FastifyRequest): Promise<JsonWebKeySet | ApiReply<JsonWebKeySet, 200>>;

  @Get('/v1/credentials/status/:listId')
  @HttpCode(200)
  @ContractOperation({"operationId":"getStatusList","module":"credentials","scopes":null,"produces":["application/vc+jwt"],"consumes":[],"successStatus":200})
  @ApiOperation({ operationId: 'getStatusList', summary: "A revocation status list, as a signed Bitstring Status List credential" })
  async getStatusListRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const path = readParameters(parseGetStatusListPath, request.params, 'path');
    return sendApiReply(reply, await withTransientRetry(() => this.getStatusList({ path }, request)));
  }

  /** GET /v1/credentials/status/{listId}: A revocation status list, as a signed Bitstring Status List credential */
  abstract getStatusList(input: { path: GetStatusListPath }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;

  @Post('/v1/credentials/verify')
  @HttpCode(200)
  @ContractOperation({"operationId":"verifyCredential","module":"credentials","scopes":null,"produces":["application/json"],"consumes":["application/vc+jwt"],"successStatus":200,"throttled":true})
  @ApiOperation({ operationId: 'verifyCredential', summary: "Verify a result credential (anyone, no account)" })
  async verifyCredentialRoute(@Body() body: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.verifyCredential({ body }, request));
  }

  /** POST /v1/credentials/verify: Verify a result credential (anyone, no account) */
  abstract verifyCredential(input: { body: string }, request: FastifyRequest): Promise<VerificationReport | ApiReply<VerificationReport, 200>>;

  @Get('/verify')
  @HttpCode(200)
  @ContractOperation({"operationId":"verifyPage","module":"credentials","scopes":null,"produces":["text/html"],"consumes":[],"successStatus":200,"throttled":true})
  @ApiOperation({ operationId: 'verifyPage', summary: "The verification page, for a person" })
  async verifyPageRoute(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const query = readParameters(parseVerifyPageQuery, request.query, 'query');
    return sendApiReply(reply, await withTransientRetry(() => this.verifyPage({ query }, request)));
  }

  /** GET /verify: The verification page, for a person */
  abstract verifyPage(input: { query: VerifyPageQuery }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;
}
