import type { QuotaDecision } from './daily-quota.service.js';

/** The IETF RateLimit header fields, and the older ones that existing clients read. */
export function rateLimitHeaders(decision: QuotaDecision): Record<string, string | number> {
  return {
    'RateLimit-Policy': `"daily";q=${decision.limit};w=86400`,
    RateLimit: `"daily";r=${decision.remaining};t=${decision.resetSeconds}`,
    'RateLimit-Limit': decision.limit,
    'RateLimit-Remaining': decision.remaining,
    'RateLimit-Reset': decision.resetSeconds,
  };
}
