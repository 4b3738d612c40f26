import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { contractOperationOf } from '../contract/contract-operation.decorator.js';
import { ApiError } from '../errors/api-error.js';
import { requestOf } from '../common/http-context.js';

const WINDOW_MS = 60_000;

/**
 * Public operations the contract marks `x-throttled` (credential verification, which anyone may call)
 * answer each caller address at most VERIFY_RATE_LIMIT times a minute, then 429/70431 with
 * Retry-After until the minute ends. Counted in this process (a fixed window per address), so N
 * processes allow N times as many: enough to stop a flood, without a database write per call.
 */
@Injectable()
export class AddressThrottleGuard implements CanActivate {
  private readonly windows = new LRUCache<string, { startedAt: number; count: number }>({ max: 100_000 });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const operation = contractOperationOf(context);
    if (!operation?.throttled) return true;
    const address = requestOf(context).ip;
    const now = Date.now();
    let window = this.windows.get(address);
    if (!window || now - window.startedAt >= WINDOW_MS) this.windows.set(address, (window = { startedAt: now, count: 0 }));
    window.count += 1;
    if (window.count <= this.config.verifyRateLimit) return true;
    const retryAfter = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
    throw new ApiError(70431, `More than ${this.config.verifyRateLimit} calls a minute from this address; try again in ${retryAfter} s.`, {
      headers: { 'Retry-After': retryAfter },
    });
  }
}
