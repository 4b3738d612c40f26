import fc from 'fast-check';
import { BASE_LEASE, LEASE_SECONDS, leaseSize } from '../../src/quota/lease-size.js';

const history = (over: Partial<Parameters<typeof leaseSize>[0]> = {}) => ({
  knownRemaining: 1_000_000,
  spentSinceLastLease: 0,
  msSinceLastLease: 60_000,
  maxLease: 1000,
  ...over,
});

describe('quota lease size', () => {
  it('gives a quiet client the base block', () => {
    expect(leaseSize(history())).toBe(BASE_LEASE);
    expect(leaseSize(history({ spentSinceLastLease: 10, msSinceLastLease: 5_000 }))).toBe(BASE_LEASE);
  });

  it('sizes a busy client’s block to last LEASE_SECONDS at its rate', () => {
    // 300 a second over the last 2 s.
    expect(leaseSize(history({ spentSinceLastLease: 600, msSinceLastLease: 2_000 }))).toBe(300 * LEASE_SECONDS);
  });

  it('reads a burst over at least a second, so blocks grow by LEASE_SECONDS times at most per lease', () => {
    // 80 spent in 10 ms is not read as 8,000 a second.
    expect(leaseSize(history({ spentSinceLastLease: 80, msSinceLastLease: 10 }))).toBe(80 * LEASE_SECONDS);
  });

  it('never leases more than QUOTA_MAX_LEASE or an eighth of what is left, and always at least one', () => {
    expect(leaseSize(history({ spentSinceLastLease: 100_000, msSinceLastLease: 1_000 }))).toBe(1000);
    expect(leaseSize(history({ maxLease: 10 }))).toBe(10);
    expect(leaseSize(history({ knownRemaining: 160, spentSinceLastLease: 1000 }))).toBe(20);
    expect(leaseSize(history({ knownRemaining: 3 }))).toBe(1);
    fc.assert(
      fc.property(
        fc.nat(100_000_000),
        fc.nat(1_000_000),
        fc.nat(86_400_000),
        fc.integer({ min: 1, max: 10_000 }),
        (knownRemaining, spentSinceLastLease, msSinceLastLease, maxLease) => {
          const size = leaseSize({ knownRemaining, spentSinceLastLease, msSinceLastLease, maxLease });
          expect(Number.isInteger(size)).toBe(true);
          expect(size).toBeGreaterThanOrEqual(1);
          expect(size).toBeLessThanOrEqual(Math.max(1, Math.min(maxLease, Math.floor(knownRemaining / 8))));
        },
      ),
    );
  });
});
