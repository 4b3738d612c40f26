import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONTRACT_OPERATION, type ContractOperationMetadata } from '../contract/contract-operation.decorator.js';
import { ApiError } from '../errors/api-error.js';
import { DailyQuotaService } from '../quota/daily-quota.service.js';
import { rateLimitHeaders } from '../quota/rate-limit-headers.js';
import type { AuthenticatedClient } from './authenticated-client.js';

const CHALLENGE = 'Basic realm="assessment-api", Bearer realm="assessment-api"';

/**
 * The one guard of every route: Basic or Bearer (Passport strategies), then the scope the contract
 * names for the operation, then the client's daily quota. Public operations (`security: []`) pass;
 * a route without contract metadata is treated as protected, never as public.
 */
@Injectable()
export class ApiAuthGuard extends AuthGuard(['basic', 'bearer']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly quota: DailyQuotaService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const operation = this.reflector.get<ContractOperationMetadata | undefined>(CONTRACT_OPERATION, context.getHandler());
    if (operation && operation.scopes === null) return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const client = request.user!;
    const needed = operation?.scopes ?? [];
    if (needed.length > 0 && !needed.some((scope) => client.scopes.includes(scope))) {
      throw new ApiError(70403, `This operation needs the scope ${needed.join(' or ')}; the client ${client.clientId} holds ${client.scopes.join(', ') || 'none'}.`, {
        headers: { 'WWW-Authenticate': `Bearer realm="assessment-api", error="insufficient_scope", scope="${needed.join(' ')}"` },
      });
    }
    const decision = await this.quota.consume(client.clientId, client.dailyQuota);
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      throw new ApiError(70429, `The daily quota of ${decision.limit} requests is used up; it resets at midnight UTC, in ${decision.resetSeconds} seconds.`, {
        headers: { ...headers, 'Retry-After': decision.resetSeconds },
      });
    }
    reply.headers(headers);
    return true;
  }

  override handleRequest<TUser = AuthenticatedClient>(error: unknown, user: TUser | false, _info: unknown, context: ExecutionContext): TUser {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (error) {
      if (error instanceof ApiError && error.code === 70401) {
        throw new ApiError(70401, error.detail, { headers: { 'WWW-Authenticate': 'Bearer realm="assessment-api", error="invalid_token"' } });
      }
      throw error;
    }
    if (user) return user;
    const authorization = request.headers.authorization;
    if (!authorization || !authorization.trim()) {
      throw new ApiError(70402, 'Send Authorization: Basic base64(clientId:clientSecret) or Authorization: Bearer <access_token>.', {
        headers: { 'WWW-Authenticate': CHALLENGE },
      });
    }
    throw new ApiError(70401, 'The Authorization header is not a well-formed Basic or Bearer credential.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="assessment-api", error="invalid_request"' },
    });
  }
}
