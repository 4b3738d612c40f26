import { Controller } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiReply } from '../contract/api-reply.js';
import { parseAuthorization } from './authorization-header.js';
import { ApiError } from '../errors/api-error.js';
import { OAuthApi } from '../platform/generated/oauth.api.js';
import type { RevokeRequest, TokenRequest, TokenResponse } from '../platform/generated/platform.dto.js';
import { AccessTokenService } from './access-token.service.js';
import type { AuthenticatedClient } from './authenticated-client.js';
import { ClientCredentialsService } from './client-credentials.service.js';

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

@Controller()
export class OAuthController extends OAuthApi {
  constructor(
    private readonly credentials: ClientCredentialsService,
    private readonly tokens: AccessTokenService,
  ) {
    super();
  }

  async issueToken({ body }: { body: TokenRequest }, request: FastifyRequest): Promise<ApiReply<TokenResponse, 200>> {
    const client = await this.authenticateClient(body, request);
    return new ApiReply(200, await this.tokens.issue(client, body.scope), NO_STORE);
  }

  async revokeToken({ body }: { body: RevokeRequest }, request: FastifyRequest) {
    const client = await this.authenticateClient(body, request);
    await this.tokens.revoke(client, body.token);
    return { revoked: true };
  }

  /** RFC 6749 section 2.3.1: a Basic header, or client_id and client_secret in the body; not both. */
  private async authenticateClient(body: { client_id?: string; client_secret?: string }, request: FastifyRequest): Promise<AuthenticatedClient> {
    const credential = parseAuthorization(request.headers.authorization);
    const basic = credential.scheme === 'basic' ? { clientId: credential.clientId, clientSecret: credential.secret } : undefined;
    const fromBody = body.client_id !== undefined || body.client_secret !== undefined;
    if (basic && fromBody) {
      throw oauthError(60002, 'invalid_request', 'Send the client credentials either in the Authorization header or in the body, not both.');
    }
    const clientId = basic?.clientId ?? body.client_id;
    const clientSecret = basic?.clientSecret ?? body.client_secret;
    if (!clientId || !clientSecret) {
      if (request.headers.authorization && !basic) throw invalidClient('The Authorization header is not a well-formed Basic credential.');
      throw new ApiError(
        70402,
        'Send the client credentials as Authorization: Basic base64(clientId:clientSecret), or as client_id and client_secret in the body.',
        {
          headers: { 'WWW-Authenticate': 'Basic realm="assessment-api"' },
          extra: { error: 'invalid_client', error_description: 'Client authentication is missing' },
        },
      );
    }
    try {
      return await this.credentials.verify(clientId, clientSecret, request.ip);
    } catch (error) {
      if (error instanceof ApiError && error.code === 70401) throw invalidClient(error.detail);
      throw error;
    }
  }
}

function invalidClient(detail: string): ApiError {
  return new ApiError(70401, detail, {
    headers: { 'WWW-Authenticate': 'Basic realm="assessment-api"' },
    extra: { error: 'invalid_client', error_description: detail },
  });
}

function oauthError(code: 60002, error: string, detail: string): ApiError {
  return new ApiError(code, detail, { extra: { error, error_description: detail } });
}
