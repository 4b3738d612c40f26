import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { contractOperationOf, type ContractOperationMetadata } from '../contract/contract-operation.decorator.js';
import { ApiError } from '../errors/api-error.js';
import type { AuthenticatedClient } from './authenticated-client.js';
import { RequestAuthenticator } from './request-authenticator.js';
import { requestOf } from '../common/http-context.js';

/**
 * The first guard of every route: who the client is (RequestAuthenticator), then the scope the
 * contract names for the operation (DailyQuotaGuard counts the request next). Public operations
 * (`security: []`) pass; a route without contract metadata is treated as protected, never as
 * public. An operation that takes a body has its client identified before the body is read
 * (authenticateBeforeBody), and here only its scope is checked.
 */
@Injectable()
export class ApiAuthGuard implements CanActivate {
  constructor(private readonly authenticator: RequestAuthenticator) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const operation = contractOperationOf(context);
    if (operation && operation.scopes === null) return true;
    const request = requestOf(context);
    const identified = request.user ?? this.authenticator.identify(request);
    if (!(identified instanceof Promise)) return this.admit(request, identified, operation);
    return identified.then((client) => this.admit(request, client, operation));
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
}
