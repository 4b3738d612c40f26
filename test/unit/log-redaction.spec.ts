import { PassThrough } from 'node:stream';
import { createLogger, redactUrl, requestLineWriter } from '../../src/logging/logger.js';

describe('log redaction', () => {
  it('replaces the values of credential-like query parameters, keeping the rest', () => {
    expect(redactUrl('/v1/ielts/result-verification?access_token=at_abc123&photoFlag=N')).toBe(
      '/v1/ielts/result-verification?access_token=[REDACTED]&photoFlag=N',
    );
    expect(redactUrl('/x?client_secret=s3cret&api-key=k&trfNumber=17UZ010772RAKN025A')).toBe(
      '/x?client_secret=[REDACTED]&api-key=[REDACTED]&trfNumber=17UZ010772RAKN025A',
    );
    expect(redactUrl('/x?%61ccess_token=at_abc')).toBe('/x?%61ccess_token=[REDACTED]');
    expect(redactUrl('/health/live')).toBe('/health/live');
  });

  it('writes no secret of a request line or a logged object', async () => {
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const logger = createLogger('info', out);
    logger.info({ req: { method: 'GET', url: '/v1/x?access_token=at_leak&page=2', headers: { authorization: 'Basic c2VjcmV0' } } }, 'incoming request');
    logger.info({ body: { client_secret: 'cs_leak', token: 'tok_leak' } }, 'a body');
    logger.info({ req: { headers: { authorization: 'Bearer at_leak2' } } }, 'headers');
    await new Promise((resolve) => setImmediate(resolve));
    const text = lines.join('');
    expect(text).toContain('access_token=[REDACTED]&page=2');
    for (const secret of ['at_leak', 'cs_leak', 'tok_leak', 'c2VjcmV0', 'at_leak2']) expect(text).not.toContain(secret);
  });

  it('writes a request line with its transaction id and the URL’s credentials replaced', async () => {
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    requestLineWriter(createLogger('info', out))({
      transactionId: 'tx-12345',
      method: 'GET',
      url: '/v1/x?token=at_leak&page=2',
      statusCode: 200,
      responseTime: 1.5,
    });
    await new Promise((resolve) => setImmediate(resolve));
    const line = JSON.parse(lines.join(''));
    expect(line).toMatchObject({
      level: 30,
      service: 'assessment-api',
      transactionId: 'tx-12345',
      method: 'GET',
      url: '/v1/x?token=[REDACTED]&page=2',
      statusCode: 200,
    });
    expect(line.msg).toBe('request completed');
  });
});
