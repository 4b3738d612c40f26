import { LRUCache, type Perf } from 'lru-cache';

const ENTRIES = 10_000;

/**
 * Verified credentials or tokens, each held for AUTH_CACHE_TTL_MS, the least recently used dropped
 * beyond 10,000; none at all when the setting is 0, so every request asks the database. `clock` is
 * the cache's reading of time (performance.now() unless a test gives its own).
 */
export function authCache<V extends object>(ttlMs: number, clock?: Perf): LRUCache<string, V> | undefined {
  return ttlMs > 0 ? new LRUCache<string, V>({ max: ENTRIES, ttl: ttlMs, ttlResolution: clockResolutionMs(ttlMs), perf: clock }) : undefined;
}

/**
 * How long the cache may reuse its last reading of the clock. lru-cache arms a timer to read it
 * again, so at its default of 1 ms a busy process armed and fired a timer every millisecond for each
 * cache. A hundredth of the TTL keeps an entry at most 1% past its TTL (300 ms at the default 30 s).
 * Revocations, disabled clients and rotated secrets do not wait for the TTL: they clear the caches.
 */
function clockResolutionMs(ttlMs: number): number {
  return Math.max(1, Math.floor(ttlMs / 100));
}
