import type { Response } from 'supertest';
import { assertMatchesContract } from '../support/contract.js';

// The contract checker guards every end-to-end test; here it is shown to fail when it should.
function fake(method: string, path: string, status: number, body: unknown, contentType = 'application/json'): Response {
  return { req: { method, path }, status, body, text: JSON.stringify(body), headers: { 'content-type': contentType } } as unknown as Response;
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
