import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error.js';
import { AccessTokenService } from './access-token.service.js';
import type { AuthenticatedClient } from './authenticated-client.js';
import { decodeBasic, presentedCredential, type PresentedCredential } from './authorization-header.js';
import { ClientCredentialsService } from './client-credentials.service.js';

const CHALLENGE = 'Basic realm="assessment-api", Bearer realm="assessment-api"';

/**
 * Who a request's Authorization header names: Basic or Bearer, checked, or an ApiError (401 with
 * its challenge; 429 for a throttled pair). No scope is looked at here (ApiAuthGuard does that).
 *
 * The two schemes are read here rather than through Passport: its per-request middleware (and
 * passport-http's deprecated `new Buffer`) cost about a fifth of a TRF lookup's CPU, and
 * passport-http cut Basic secrets at a second colon.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly credentials: ClientCredentialsService,
    private readonly tokens: AccessTokenService,
  ) {}

  /**
   * Credentials checked moments ago are answered from the cache at once, with no promise to settle
   * and a Basic value not even decoded; others are checked (and counted when wrong).
   */
  identify(request: FastifyRequest): AuthenticatedClient | Promise<AuthenticatedClient> {
    const credential = presentedCredential(request.headers.authorization);
    const known =
      credential.scheme === 'basic'
        ? this.credentials.cachedBasic(credential.encoded)
        : credential.scheme === 'bearer'
          ? this.tokens.cached(credential.token)
          : undefined;
    return known ?? this.authenticate(request, credential);
  }

  private async authenticate(request: FastifyRequest, presented: PresentedCredential): Promise<AuthenticatedClient> {
    const credential = presented.scheme === 'basic' ? decodeBasic(presented.encoded) : presented;
    if (credential.scheme === 'none') {
      throw new ApiError(70402, 'Send Authorization: Basic base64(clientId:clientSecret) or Authorization: Bearer <access_token>.', {
        headers: { 'WWW-Authenticate': CHALLENGE },
      });
    }
    if (credential.scheme === 'malformed') {
      throw new ApiError(70401, 'The Authorization header is not a well-formed Basic or Bearer credential.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="assessment-api", error="invalid_request"' },
      });
    }
    try {
      return credential.scheme === 'basic'
        ? await this.credentials.verify(credential.clientId, credential.secret, request.ip)
        : await this.tokens.verify(credential.token);
    } catch (error) {
      if (error instanceof ApiError && error.code === 70401) {
        throw new ApiError(70401, error.detail, { headers: { 'WWW-Authenticate': 'Bearer realm="assessment-api", error="invalid_token"' } });
      }
      throw error;
    }
  }
}
