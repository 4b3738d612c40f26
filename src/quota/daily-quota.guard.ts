import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { contractOperationOf } from '../contract/contract-operation.decorator.js';
import { ApiError } from '../errors/api-error.js';
import { DailyQuotaService, type QuotaDecision } from './daily-quota.service.js';
import { rateLimitHeaders } from './rate-limit-headers.js';
import { requestOf, replyOf } from '../common/http-context.js';

/**
 * Counts each authenticated request against its client's daily quota and says where the client
 * stands (RateLimit headers); past the quota, 429/70429 with Retry-After. Runs after ApiAuthGuard,
 * which AuthModule registers first; public operations (`security: []`) are not counted.
 */
@Injectable()
export class DailyQuotaGuard implements CanActivate {
  constructor(private readonly quota: DailyQuotaService) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const operation = contractOperationOf(context);
    if (operation && operation.scopes === null) return true;
    const client = requestOf(context).user;
    // The authentication guard refuses every protected request without a client before this runs;
    // reaching here without one is a wiring fault, never a request to let through uncounted.
    if (!client) throw new Error('DailyQuotaGuard ran before authentication');
    // Answered at once from this process's lease, unless a block must be leased first.
    const decision = this.quota.spend(client.clientId, client.dailyQuota);
    if (decision) return this.admit(context, decision);
    return this.quota.consume(client.clientId, client.dailyQuota).then((leased) => this.admit(context, leased));
  }

  private admit(context: ExecutionContext, decision: QuotaDecision): true {
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      throw new ApiError(70429, `The daily quota of ${decision.limit} requests is used up; it resets at midnight UTC, in ${decision.resetSeconds} seconds.`, {
        headers: { ...headers, 'Retry-After': decision.resetSeconds },
      });
    }
    replyOf(context).headers(headers);
    return true;
  }
}
