import { cefrFor, overallBand } from '../../src/ielts/band-scores.js';
import { secondsToUtcMidnight, utcDay } from '../../src/quota/daily-quota.service.js';
import { rateLimitHeaders } from '../../src/quota/rate-limit-headers.js';
import { hashSecret, newSecret, secretMatches } from '../../src/auth/secret-hashing.js';
import { isValidTransactionId } from '../../src/transaction/transaction-id.js';
import { isDatabaseTimeout, isDatabaseUnavailable } from '../../src/errors/database-errors.js';
import { withTransientRetry } from '../../src/database/transient-retry.js';
import { webhookSendFailure } from '../../src/common/standard-webhook-signature.js';

describe('quota clock', () => {
  it('counts the UTC day and the seconds to its end', () => {
    expect(utcDay(Date.parse('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
    expect(utcDay(Date.parse('2026-11-24T00:00:00Z'))).toBe('2026-11-24');
    // Asked about an earlier day after a later one, it works the day out again.
    expect(utcDay(Date.parse('2026-11-22T12:00:00Z'))).toBe('2026-11-22');
    expect(secondsToUtcMidnight(Date.parse('2026-11-23T23:59:00Z'))).toBe(60);
    expect(secondsToUtcMidnight(Date.parse('2026-11-23T00:00:00Z'))).toBe(86400);
  });

  it('writes the IETF and the older RateLimit fields', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 10000, remaining: 9950, resetSeconds: 3600 })).toEqual({
      'RateLimit-Policy': '"daily";q=10000;w=86400',
      RateLimit: '"daily";r=9950;t=3600',
      'RateLimit-Limit': 10000,
      'RateLimit-Remaining': 9950,
      'RateLimit-Reset': 3600,
    });
  });
});

describe('secrets', () => {
  it('are 256-bit and matched only with the same pepper', () => {
    const secret = newSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const hash = hashSecret('pepper-one-0123456789', secret);
    expect(secretMatches('pepper-one-0123456789', secret, hash)).toBe(true);
    expect(secretMatches('pepper-two-0123456789', secret, hash)).toBe(false);
    expect(secretMatches('pepper-one-0123456789', `${secret}x`, hash)).toBe(false);
  });
});

describe('transaction ids', () => {
  it.each([
    ['3f1c8d2e-6b0a-4c5e-9a7d-2b8e4f1a0c93', true],
    ['abcde', true],
    ['abcd', false],
    ['a b c d e', false],
    ['x'.repeat(129), false],
  ])('%s is valid: %s', (value, valid) => expect(isValidTransactionId(value)).toBe(valid));
});

describe('IELTS bands', () => {
  it('rounds the overall band to the nearest half, .25 and .75 upwards', () => {
    expect(overallBand([6.5, 6.5, 5, 7])).toBe(6.5); // 6.25 -> 6.5
    expect(overallBand([4, 3.5, 4, 4])).toBe(4); // 3.875 -> 4
    expect(overallBand([6.5, 6.5, 5.5, 6])).toBe(6); // 6.125 -> 6
    expect(overallBand([9, 9, 9, 8.5])).toBe(9); // 8.875 -> 9
  });

  it('maps bands to CEFR levels', () => {
    expect([9, 8.5, 7, 5.5, 4, 3].map(cefrFor)).toEqual(['C2', 'C2', 'C1', 'B2', 'B1', 'A2']);
  });
});

describe('database failures', () => {
  it('classifies connection failures and statement timeouts', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '57P01' } })).toBe(true);
    expect(isDatabaseTimeout({ driverError: { code: '57014' } })).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '23505' } })).toBe(false);
  });

  it('retries a transient failure at most twice', async () => {
    let attempts = 0;
    const failing = async () => {
      attempts += 1;
      throw Object.assign(new Error('down'), { code: 'ECONNREFUSED' });
    };
    await expect(withTransientRetry(failing)).rejects.toThrow('down');
    expect(attempts).toBe(3);
    attempts = 0;
    await expect(withTransientRetry(async () => (++attempts < 2 ? failing() : 'ok'))).resolves.toBe('ok');
    let other = 0;
    await expect(
      withTransientRetry(async () => {
        other += 1;
        throw new Error('constraint');
      }),
    ).rejects.toThrow('constraint');
    expect(other).toBe(1);
    // An operation that throws before it returns a promise is read as one that rejects.
    let sync = 0;
    const throwing = (): Promise<string> => {
      sync += 1;
      throw Object.assign(new Error('down at once'), { code: 'ECONNREFUSED' });
    };
    await expect(withTransientRetry(throwing)).rejects.toThrow('down at once');
    expect(sync).toBe(3);
  });
});

describe('webhook send failures', () => {
  it("name the system's code, whether Node's HTTP or fetch gave it, and nothing else", () => {
    expect(webhookSendFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toBe(
      'connect ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)',
    );
    expect(webhookSendFailure(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }))).toBe('fetch failed (ENOTFOUND)');
    // A timeout's DOMException has a numeric legacy code, not a system one.
    expect(webhookSendFailure(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe('The operation was aborted due to timeout');
    expect(webhookSendFailure(new Error('x'.repeat(2000)))).toHaveLength(1000);
  });
});
