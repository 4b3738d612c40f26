import { jest } from '@jest/globals';
import { PassThrough } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { createLogger } from '../../src/logging/logger.js';
import { lazyRequestLogger } from '../../src/logging/lazy-request-logger.js';

describe('the request logger made on first use', () => {
  function parent() {
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const logger = createLogger('info', out) as unknown as FastifyBaseLogger;
    return { logger, lines, child: jest.spyOn(logger, 'child') };
  }

  it('makes no child until something logs, then logs with the request’s bindings and redaction', async () => {
    const { logger, lines, child } = parent();
    const log = lazyRequestLogger(logger, { transactionId: 'tx-12345' }, {});
    expect(log.level).toBe('info');
    expect(child).not.toHaveBeenCalled();
    log.debug('below the level');
    log.warn({ body: { client_secret: 'cs_leak' } }, 'stream closed early');
    log.error('failed %s', 'twice');
    expect(child).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setImmediate(resolve));
    const written = lines
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(written).toHaveLength(2);
    expect(written[0]).toMatchObject({ level: 40, transactionId: 'tx-12345', msg: 'stream closed early', body: { client_secret: '[REDACTED]' } });
    expect(written[1]).toMatchObject({ level: 50, transactionId: 'tx-12345', msg: 'failed twice' });
  });

  it('keeps a level given for the route and children of its own', async () => {
    const { logger, lines } = parent();
    const log = lazyRequestLogger(logger, { transactionId: 'tx-67890' }, { level: 'warn' });
    expect(log.level).toBe('warn');
    log.info('not written');
    log.child({ part: 'upload' }).warn('written');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(lines.join(''))).toMatchObject({ transactionId: 'tx-67890', part: 'upload', msg: 'written' });
  });
});
