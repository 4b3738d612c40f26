import { setTimeout as sleep } from 'node:timers/promises';
import { authCache } from '../../src/auth/auth-cache.js';

// The cache reuses its last reading of the clock for a hundredth of the TTL (then a real timer makes
// it read again), so a test moves its own clock and then waits well past that hundredth.
describe('the credential cache', () => {
  const TTL_MS = 1000;
  const clock = { ms: 50_000, now: () => clock.ms };
  const held = { clientId: 'c' };

  it('holds a credential for its TTL and lets it go at most a hundredth of the TTL after', async () => {
    const cache = authCache<typeof held>(TTL_MS, clock)!;
    cache.set('k', held);
    clock.ms += TTL_MS - 1;
    await sleep(50);
    expect(cache.get('k')).toBe(held);
    clock.ms += TTL_MS / 100 + 2;
    await sleep(50);
    expect(cache.get('k')).toBeUndefined();
  });

  it('holds nothing when the TTL is 0', () => {
    expect(authCache(0, clock)).toBeUndefined();
  });
});
