import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { QueryFailedError } from 'typeorm';
import { ApiError } from '../../src/errors/api-error.js';
import { createLogger, redactUrl, withoutDatabaseValues } from '../../src/logging/logger.js';
import { requestLineWriter, type RequestLine } from '../../src/logging/request-line.js';

describe('log redaction', () => {
  it('replaces the values of credential-like query parameters, keeping the rest', () => {
    expect(redactUrl('/v1/ielts/result-verification?access_token=at_abc123&photoFlag=N')).toBe(
      '/v1/ielts/result-verification?access_token=[REDACTED]&photoFlag=N',
    );
    expect(redactUrl('/x?client_secret=s3cret&api-key=k&trfNumber=17UZ010772RAKN025A')).toBe(
      '/x?client_secret=[REDACTED]&api-key=[REDACTED]&trfNumber=17UZ010772RAKN025A',
    );
    expect(redactUrl('/x?%61ccess_token=at_abc')).toBe('/x?%61ccess_token=[REDACTED]');
    // A verifiable credential carries the candidate's name and scores.
    expect(redactUrl('/verify?credential=eyJhbGciOiJFUzI1NiJ9.eyJuYW1lIjoiTWFyeSJ9.c2ln&id=1')).toBe('/verify?credential=[REDACTED]&id=1');
    expect(redactUrl('/health/live')).toBe('/health/live');
  });

  it("drops the values a database error quotes, and keeps everything else's detail", () => {
    const postgres = Object.assign(new Error('duplicate key value violates unique constraint "u"'), {
      code: '23505',
      detail: 'Key (email)=(mary@example.org) already exists.',
      constraint: 'u',
    });
    const serialized = withoutDatabaseValues(new QueryFailedError('INSERT INTO t (email) VALUES ($1)', ['mary@example.org'], postgres));
    expect(JSON.stringify(serialized)).not.toContain('mary@example.org');
    expect(serialized).toMatchObject({ code: '23505', constraint: 'u', query: 'INSERT INTO t (email) VALUES ($1)', parameters: '[REDACTED]' });
    expect(withoutDatabaseValues(postgres)).toMatchObject({ code: '23505', detail: '[REDACTED]' });
    // Anything can be thrown, and is logged as it is.
    for (const thrown of [null, undefined, 'a string', 42]) expect(withoutDatabaseValues(thrown as unknown as Error)).toBe(thrown);
    // Ours are written for the log: a numeric errorCode is no SQLSTATE.
    expect(withoutDatabaseValues(new ApiError(70504, 'The database did not answer within the statement timeout.'))).toMatchObject({
      detail: 'The database did not answer within the statement timeout.',
    });
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

  it('writes the request line pino itself would write, byte for byte, and nothing below the level', async () => {
    // Awkward text: quotes, backslashes, control characters, Latin-1 bytes as Node reads them, a URL past pino's 100-character fast path.
    const LINES: RequestLine[] = [
      {
        transactionId: 'tx-12345',
        method: 'GET',
        url: '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N',
        statusCode: 200,
        responseTime: 1.234567,
      },
      { transactionId: 'a.b_c:d-e', method: 'POST', url: '/x?q="quoted"\\back', statusCode: 400, responseTime: 0 },
      { transactionId: 'tx-tab', method: 'DELETE', url: '/x?a=\t\u0001\u007f\u00e9\u00ff', statusCode: 500, responseTime: 12 },
      { transactionId: 'tx-long', method: 'GET', url: `/x?trfNumber=${'9'.repeat(150)}&access_token=at_leak`, statusCode: 404, responseTime: Number.NaN },
    ];
    const written = (level: string, write: (logger: ReturnType<typeof createLogger>, line: RequestLine) => void) => {
      const out = new PassThrough();
      const chunks: string[] = [];
      out.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
      const logger = createLogger(level, out);
      for (const line of LINES) write(logger, { ...line });
      return new Promise<string>((resolve) => setImmediate(() => resolve(chunks.join(''))));
    };
    const ours = await written('info', (logger, line) => requestLineWriter(logger)(line));
    const pinos = await written('info', (logger, line) => logger.child({}, { redact: [] }).info({ ...line, url: redactUrl(line.url) }, 'request completed'));
    // The time is the only member that may differ between the two writes.
    const untimed = (text: string) => text.replace(/"time":"[^"]+"/g, '"time":""');
    expect(untimed(ours)).toBe(untimed(pinos));
    expect(ours.split('\n')).toHaveLength(LINES.length + 1);
    expect(ours).not.toContain('at_leak');
    expect(await written('warn', (logger, line) => requestLineWriter(logger)(line))).toBe('');
    // The line of a request whose client left first differs only in its message.
    const oursCutOff = await written('info', (logger, line) => requestLineWriter(logger)(line, 'request cut off'));
    const pinosCutOff = await written('info', (logger, line) =>
      logger.child({}, { redact: [] }).info({ ...line, url: redactUrl(line.url) }, 'request cut off'),
    );
    expect(untimed(oursCutOff)).toBe(untimed(pinosCutOff));
  });

  it('writes the request line through pino to a destination that routes by level', async () => {
    // A multistream picks its streams by the level pino hands it with each line; a line written past pino would be dropped.
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    const logger = createLogger('info', pino.multistream([{ level: 'info', stream: out }]));
    requestLineWriter(logger)({ transactionId: 'tx-multi', method: 'GET', url: '/v1/x?token=at_leak', statusCode: 200, responseTime: 2 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(chunks.join(''))).toMatchObject({ transactionId: 'tx-multi', url: '/v1/x?token=[REDACTED]', msg: 'request completed' });
  });
});
