import { readFileSync } from 'node:fs';
import { SecretBox } from '../../src/common/secret-box.js';
import { standardWebhookHeaders } from '../../src/common/standard-webhook-signature.js';
import { retryDelayMs } from '../../src/jobs/backoff.js';
import { parseBirthday, registrationProblems } from '../../src/fulfillment/registration-fields.js';
import { computeSignature, parseSignatureHeader, signatureMatches } from '../../src/fulfillment/request-signature.js';
import { cefrFor, resultWebhookData } from '../../src/fulfillment/result-webhook-payload.js';
import { nextStatus, webhookFires } from '../../src/fulfillment/test-lifecycle.js';

describe('fulfilment signature', () => {
  it("computes the contract's worked example", () => {
    const contract = readFileSync('openapi/fulfillment.yaml', 'utf8');
    const printed = /`v1=([0-9a-f]{64})`/.exec(contract)![1];
    expect(computeSignature('fsk_example', 1700000000, '3b9f2c6a1d7e4f80', '{"product-code":"GTX-Academic-Plus"}')).toBe(printed);
  });

  it('parses the header in any order and names what is wrong', () => {
    expect(parseSignatureHeader(`v1=${'A'.repeat(64)}, nonce=abcdefabcdefabcd, t=1700000000, keyId=fk_demo_key`)).toEqual({
      keyId: 'fk_demo_key',
      timestamp: 1700000000,
      nonce: 'abcdefabcdefabcd',
      v1: 'a'.repeat(64),
    });
    expect(parseSignatureHeader('keyId=fk_demo_key,t=1')).toEqual({ problem: 'missing nonce, v1' });
    expect(parseSignatureHeader('nonsense')).toEqual({ problem: '"nonsense" is not a name=value pair' });
    expect(parseSignatureHeader(`keyId=fk_demo_key,t=1,nonce=short,v1=${'0'.repeat(64)}`)).toEqual({
      problem: 'nonce must be 16 to 64 characters of A-Z a-z 0-9 _ -',
    });
    expect(parseSignatureHeader(`keyId=fk_demo_key,keyId=fk_other,t=1,nonce=abcdefabcdefabcd,v1=${'0'.repeat(64)}`)).toEqual({
      problem: 'keyId appears twice',
    });
  });

  it('compares in constant time and refuses other lengths', () => {
    expect(signatureMatches('ab'.repeat(32), 'ab'.repeat(32))).toBe(true);
    expect(signatureMatches('ab'.repeat(32), 'ab'.repeat(31))).toBe(false);
  });
});

describe('registration fields', () => {
  it('reads the three birthday forms', () => {
    expect(parseBirthday('7/8/1955')).toEqual({ month: 7, day: 8, year: 1955 });
    expect(parseBirthday('8-7-1955')).toEqual({ month: 7, day: 8, year: 1955 });
    expect(parseBirthday('1955-07-08')).toEqual({ month: 7, day: 8, year: 1955 });
    expect(parseBirthday('1955/07')).toBeUndefined();
  });

  it('reports every problem at once, each with its own message', () => {
    expect(registrationProblems({ DOB_Month: 0, DOB_Year: '1899', Gender: 'm', Nickname: 'x', City: { name: 'LA' } }).map((p) => p.message)).toEqual([
      'Out of range Birth Month [0].',
      'Out of range Birth Year [1899].',
      'Unknown registration field [Nickname].',
      'Registration field City must be a string or a number.',
    ]);
    expect(registrationProblems({ Birthday: '2/30/1990', Education: ' doctorate ' })).toEqual([]);
  });
});

describe('result webhooks', () => {
  it('maps iTEP levels to CEFR', () => {
    expect([0.5, 1, 2.9, 3, 4.3, 5, 6].map(cefrFor)).toEqual(['Pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  });

  it("builds the live system's flat data object", () => {
    const data = resultWebhookData({
      testId: 'T1',
      status: 'Finished',
      registration: { trExternal_ID: 991 },
      testDate: '2026-01-05',
      durationMinutes: 80,
      scores: null,
    });
    expect(data).toEqual({
      OID: '991',
      TestID: 'T1',
      Duration: 80,
      TestDate: '1/5/2026',
      TestMonth: 1,
      TestDay: 5,
      TestYear: 2026,
      score_report_url: '',
      Overall_Level: null,
      Overall_cefr: '',
      Status: 'Finished',
    });
  });

  it('signs id.timestamp.body (Standard Webhooks test vector)', () => {
    // The vector published with the Standard Webhooks specification.
    const headers = standardWebhookHeaders('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('fires on grading, reset, invalidation and technical difficulty, and on Finished when asked', () => {
    expect(webhookFires('finished', false)).toBe(false);
    expect(webhookFires('finished', true)).toBe(true);
    expect(webhookFires('started', true)).toBe(false);
    expect(['graded', 'reset', 'invalidated', 'technical-difficulty'].every((e) => webhookFires(e as never, false))).toBe(true);
  });

  it('allows only the lifecycle moves', () => {
    expect(nextStatus('Ready', 'started')).toBe('Started');
    expect(nextStatus('Review', 'graded')).toBe('Completed');
    expect(nextStatus('Ready', 'graded')).toBeUndefined();
    expect(nextStatus('Completed', 'reset')).toBe('Ready');
    expect(nextStatus('Ready', 'invalidated')).toBeUndefined();
  });
});

describe('small pieces', () => {
  it('backs off exponentially up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(40, 1000)).toBe(3_600_000);
  });

  it('seals secrets so that only the same pepper opens them', () => {
    const sealed = new SecretBox('pepper-one-0123456789').seal('fsk_secret');
    expect(sealed).not.toContain('fsk_secret');
    expect(new SecretBox('pepper-one-0123456789').open(sealed)).toBe('fsk_secret');
    expect(() => new SecretBox('pepper-two-0123456789').open(sealed)).toThrow();
  });
});
