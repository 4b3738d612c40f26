import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import type { FastifyRequest } from 'fastify';
import { acceptsGzip, gzipWhenAccepted } from '../../src/contract/gzip-answer.js';

const asking = (acceptEncoding?: string) => ({ headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }) as FastifyRequest;

describe('gzip answers', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate', true],
    ['GZIP', true],
    ['br;q=1, gzip;q=0.5', true],
    ['*', true],
    ['identity;q=0, gzip', true],
    [undefined, false],
    ['', false],
    ['identity', false],
    ['br, zstd', false],
    ['gzip;q=0', false],
    ['identity, gzip;q=0.5', false],
  ])('Accept-Encoding %p takes gzip: %p', (acceptEncoding, expected) => {
    expect(acceptsGzip(asking(acceptEncoding))).toBe(expected);
  });

  it('leaves a body under 1 KB as it is, and says either way that the coding follows Accept-Encoding', () => {
    const small = gzipWhenAccepted(asking('gzip'), 200, 'x'.repeat(1023), { 'Content-Type': 'text/csv' });
    expect(small.body).toBe('x'.repeat(1023));
    expect(small.headers).toEqual({ 'Content-Type': 'text/csv', Vary: 'Accept-Encoding' });
    const large = gzipWhenAccepted(asking('gzip'), 200, 'x'.repeat(1024), {});
    expect(large.headers).toEqual({ Vary: 'Accept-Encoding', 'Content-Encoding': 'gzip' });
    expect(gunzipSync(large.body as Buffer).toString()).toBe('x'.repeat(1024));
  });

  it('compresses a stream as it flows, and fails the compressed stream when its source fails', async () => {
    const flowing = gzipWhenAccepted(asking('gzip'), 200, Readable.from(['a,b\r\n', '1,2\r\n']), {});
    const chunks: Buffer[] = [];
    for await (const chunk of flowing.body as Readable) chunks.push(chunk as Buffer);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toBe('a,b\r\n1,2\r\n');
    const failing = gzipWhenAccepted(
      asking('gzip'),
      200,
      Readable.from(
        (async function* () {
          yield 'a,b\r\n';
          throw new Error('the rows could not be read');
        })(),
      ),
      {},
    );
    await expect(
      (async () => {
        for await (const chunk of failing.body as Readable) void chunk;
      })(),
    ).rejects.toThrow('the rows could not be read');
  });
});
