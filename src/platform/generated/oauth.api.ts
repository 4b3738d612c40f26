// Generated from openapi/platform.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { Body, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiReply, sendApiReply } from '../../contract/api-reply.js';
import { ContractOperation } from '../../contract/contract-operation.decorator.js';
import { RevokeRequest, RevokeTokenResponse200, TokenRequest, TokenResponse } from './platform.dto.js';

@ApiTags("OAuth")
export abstract class OAuthApi {
  @Post('/oauth/token')
  @HttpCode(200)
  @ContractOperation({"operationId":"issueToken","module":"platform","scopes":null,"produces":["application/json"],"consumes":["application/json","application/x-www-form-urlencoded"],"successStatus":200})
  @ApiOperation({ operationId: 'issueToken', summary: "Obtain an access token (client-credentials grant)" })
  async issueTokenRoute(@Body() body: TokenRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.issueToken({ body }, request));
  }

  /** POST /oauth/token: Obtain an access token (client-credentials grant) */
  abstract issueToken(input: { body: TokenRequest }, request: FastifyRequest): Promise<TokenResponse | ApiReply<TokenResponse, 200>>;

  @Post('/oauth/revoke')
  @HttpCode(200)
  @ContractOperation({"operationId":"revokeToken","module":"platform","scopes":null,"produces":["application/json"],"consumes":["application/json","application/x-www-form-urlencoded"],"successStatus":200})
  @ApiOperation({ operationId: 'revokeToken', summary: "Revoke an access token (RFC 7009)" })
  async revokeTokenRoute(@Body() body: RevokeRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return sendApiReply(reply, await this.revokeToken({ body }, request));
  }

  /** POST /oauth/revoke: Revoke an access token (RFC 7009) */
  abstract revokeToken(input: { body: RevokeRequest }, request: FastifyRequest): Promise<RevokeTokenResponse200 | ApiReply<RevokeTokenResponse200, 200>>;
}
