import type { Response } from 'supertest';
import { assertMatchesContract } from '../support/contract.js';

// The contract checker guards every end-to-end test; here it is shown to fail when it should.
function fake(method: string, path: string, status: number, body: unknown, contentType = 'application/json', headers: Record<string, string> = {}): Response {
  return {
    req: { method, path },
    status,
    body,
    text: JSON.stringify(body),
    headers: {
      'content-type': contentType,
      'x-transaction-id': '3f1c8d2e-6b0a-4c5e-9a7d-2b8e4f1a0c93',
      'ratelimit-policy': '"daily";q=10000;w=86400',
      ratelimit: '"daily";r=9950;t=3600',
      ...headers,
    },
  } as unknown as Response;
}

describe('contract checker', () => {
  it('accepts a body that matches', () => {
    expect(() => assertMatchesContract(fake('GET', '/health/live', 200, { status: 'ok' }))).not.toThrow();
  });

  it('rejects a body that does not match the schema', () => {
    expect(() => assertMatchesContract(fake('GET', '/health/live', 200, { status: 'fine' }))).toThrow(/does not match the contract/);
  });

  it('rejects a status the operation does not list', () => {
    expect(() => assertMatchesContract(fake('GET', '/health/live', 201, { status: 'ok' }))).toThrow(/does not list/);
  });

  it('rejects an answer without the headers the contract requires, or with one that does not read as its schema', () => {
    const untracked = fake('GET', '/health/live', 200, { status: 'ok' });
    delete (untracked.headers as Record<string, string>)['x-transaction-id'];
    expect(() => assertMatchesContract(untracked)).toThrow(/requires the header X-TRANSACTION-ID/);
    expect(() => assertMatchesContract(fake('GET', '/health/live', 200, { status: 'ok' }, 'application/json', { 'x-transaction-id': 'a b' }))).toThrow(
      /the header X-TRANSACTION-ID: a b does not read as/,
    );
    // A counted operation's success carries the RateLimit fields.
    const page = fake('GET', '/v1/events', 200, { data: [], has_more: false, next_cursor: '0.0' });
    expect(() => assertMatchesContract(page)).not.toThrow();
    delete (page.headers as Record<string, string>)['ratelimit-policy'];
    expect(() => assertMatchesContract(page)).toThrow(/requires the header RateLimit-Policy/);
  });

  it('rejects a media type the response does not list', () => {
    expect(() => assertMatchesContract(fake('GET', '/health/live', 200, { status: 'ok' }, 'text/html'))).toThrow(/content-type text\/html/);
  });

  it('rejects an error body outside the envelope', () => {
    expect(() => assertMatchesContract(fake('GET', '/v1/ielts/result-verification', 401, { message: 'Unauthorized' }, 'application/problem+json'))).toThrow(
      /does not match/,
    );
  });

  it('checks nested result fields, such as band score formats', () => {
    const body = {
      messageMetadata: { messageRequestUid: 'x', messageOriginator: 'IELTS', messageRequestDateTime: '2019-10-07T06:12:25Z', currentResultSetUrl: '/v1' },
      results: [{ overallBandScore: '7.25' }],
      resultSummary: { recordCount: 1 },
    };
    expect(() => assertMatchesContract(fake('GET', '/v1/ielts/result-verification', 200, body))).toThrow(/overallBandScore|required/);
  });
});
