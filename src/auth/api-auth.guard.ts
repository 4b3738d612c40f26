import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { contractOperationOf, type ContractOperationMetadata } from '../contract/contract-operation.decorator.js';
import { ApiError } from '../errors/api-error.js';
import { AccessTokenService } from './access-token.service.js';
import type { AuthenticatedClient } from './authenticated-client.js';
import { decodeBasic, presentedCredential, type PresentedCredential } from './authorization-header.js';
import { ClientCredentialsService } from './client-credentials.service.js';
import { requestOf } from '../common/http-context.js';

const CHALLENGE = 'Basic realm="assessment-api", Bearer realm="assessment-api"';

/**
 * The first guard of every route: Basic or Bearer, then the scope the contract names for the
 * operation (DailyQuotaGuard counts the request next). Public operations (`security: []`) pass; a
 * route without contract metadata is treated as protected, never as public.
 *
 * The two schemes are read here rather than through Passport: its per-request middleware (and
 * passport-http's deprecated `new Buffer`) cost about a fifth of a TRF lookup's CPU, and
 * passport-http cut Basic secrets at a second colon.
 */
@Injectable()
export class ApiAuthGuard implements CanActivate {
  constructor(
    private readonly credentials: ClientCredentialsService,
    private readonly tokens: AccessTokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const operation = contractOperationOf(context);
    if (operation && operation.scopes === null) return true;
    const request = requestOf(context);
    const credential = presentedCredential(request.headers.authorization);
    // Credentials checked moments ago are answered from the cache at once, with no promise to settle
    // and a Basic value not even decoded.
    const known =
      credential.scheme === 'basic'
        ? this.credentials.cachedBasic(credential.encoded)
        : credential.scheme === 'bearer'
          ? this.tokens.cached(credential.token)
          : undefined;
    if (known) return this.admit(request, known, operation);
    return this.authenticate(request, credential).then((client) => this.admit(request, client, operation));
  }

  /** The client may call the operation: it holds one of the scopes the contract names. */
  private admit(request: FastifyRequest, client: AuthenticatedClient, operation: ContractOperationMetadata | undefined): true {
    request.user = client;
    const needed = operation?.scopes ?? [];
    if (needed.length > 0 && !needed.some((scope) => client.scopes.includes(scope))) {
      throw new ApiError(
        70403,
        `This operation needs the scope ${needed.join(' or ')}; the client ${client.clientId} holds ${client.scopes.join(', ') || 'none'}.`,
        {
          headers: { 'WWW-Authenticate': `Bearer realm="assessment-api", error="insufficient_scope", scope="${needed.join(' ')}"` },
        },
      );
    }
    return true;
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
