import { LRUCache } from 'lru-cache';

const ENTRIES = 10_000;

/**
 * Verified credentials or tokens, each held for AUTH_CACHE_TTL_MS, the least recently used dropped
 * beyond 10,000; none at all when the setting is 0, so every request asks the database.
 */
export function authCache<V extends object>(ttlMs: number): LRUCache<string, V> | undefined {
  return ttlMs > 0 ? new LRUCache<string, V>({ max: ENTRIES, ttl: ttlMs }) : undefined;
}
