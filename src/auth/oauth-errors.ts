import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error.js';

const TOKEN_ENDPOINTS = new Set(['/oauth/token', '/oauth/revoke']);

/**
 * On the token endpoints every error carries RFC 6749 section 5.2's `error` member (RFC 7009 uses
 * the same for revocation), whichever layer refused the request: the body parser, the validation
 * pipe or the handler. What the handler already named is kept.
 */
export function withOAuthErrorMember(error: ApiError, request: FastifyRequest): ApiError {
  if (!TOKEN_ENDPOINTS.has(request.routeOptions?.url ?? '') || error.options.extra?.error) return error;
  const body = request.body as { grant_type?: unknown } | undefined;
  const grantType = body && typeof body === 'object' ? body.grant_type : undefined;
  let code: string;
  if (error.code === 70401 || error.code === 70402) code = 'invalid_client';
  else if (typeof grantType === 'string' && grantType !== 'client_credentials' && error.options.details?.some((d) => d.field === 'grant_type'))
    code = 'unsupported_grant_type';
  else if (error.code >= 60001 && error.code <= 60015) code = 'invalid_request';
  else return error;
  return new ApiError(error.code, error.detail, { ...error.options, extra: { ...error.options.extra, error: code, error_description: error.detail } });
}
