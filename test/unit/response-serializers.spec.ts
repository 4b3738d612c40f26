import { join } from 'node:path';
import { loadContract } from '../../src/contract/contract-document.js';
import Fastify from 'fastify';
import { compileResponseSerializers, installResponseSerializers } from '../../src/contract/response-serializers.js';

describe('answers serialized from the contract', () => {
  const serializers = compileResponseSerializers(loadContract(join(process.cwd(), 'openapi')));

  it('compiles one serializer per JSON success of every operation that has one', () => {
    expect(serializers.get('getRegistration')?.has(200)).toBe(true);
    expect([...serializers.get('registerLax')!.keys()].sort()).toEqual([200, 201]);
    expect(serializers.has('getScriptPdf')).toBe(false);
  });

  it('writes only what the contract declares', () => {
    const serialize = serializers.get('listProductCodes')!.get(200)!;
    const code = {
      productCode: 'GTX-Academic-Plus',
      testType: 'Academic-Plus',
      delivery: 'GTX',
      source: 'inventory',
      instructions: 'x',
      testUrl: 'https://exam.example.org/',
      enabled: true,
    };
    const out = JSON.parse(serialize({ productCodes: [{ ...code, secretSealed: 'must not leak', internalId: 7 }] }));
    expect(out).toEqual({ productCodes: [code] });
  });

  it('keeps free-form objects whole, writes Dates as date-times, and refuses a body missing a required member', () => {
    const contract = {
      openapi: '3.1.0',
      info: {},
      paths: {
        '/x': { get: { operationId: 'getX', responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } } } } } },
      },
      components: {
        schemas: {
          X: {
            type: 'object',
            required: ['id'],
            properties: {
              id: { type: 'string' },
              at: { type: 'string', format: 'date-time' },
              details: { type: ['object', 'null'], additionalProperties: true },
            },
          },
        },
      },
    };
    const serialize = compileResponseSerializers(contract).get('getX')!.get(200)!;
    expect(JSON.parse(serialize({ id: 'a', at: new Date('2026-11-23T10:00:00Z'), details: { any: [1, { b: true }] }, extra: 1 }))).toEqual({
      id: 'a',
      at: '2026-11-23T10:00:00.000Z',
      details: { any: [1, { b: true }] },
    });
    expect(() => serialize({ at: 'x' })).toThrow(/id/);
  });

  it('serve as Fastify’s own serializers of the contract’s routes, by status; other routes and renderings are left alone', async () => {
    const fastify = Fastify();
    installResponseSerializers(fastify, loadContract(join(process.cwd(), 'openapi')));
    const code = { productCode: 'GTX-A', testType: 'A', delivery: 'GTX', source: 'inventory', instructions: 'x', testUrl: 'https://e.example/', enabled: true };
    fastify.get('/v1/fulfillment/product-codes', async () => ({ productCodes: [{ ...code, secretSealed: 'must not leak' }] }));
    fastify.get('/v1/ielts/result-verification', async (_request, reply) => reply.type('application/xml').send('<a/>'));
    fastify.get('/not-in-the-contract', async () => ({ kept: true, extra: 1 }));
    const answers = await Promise.all(
      ['/v1/fulfillment/product-codes', '/v1/ielts/result-verification', '/not-in-the-contract'].map((url) => fastify.inject(url)),
    );
    expect(answers.map((a) => a.body)).toEqual([JSON.stringify({ productCodes: [code] }), '<a/>', '{"kept":true,"extra":1}']);
    expect(answers[0].headers['content-type']).toBe('application/json; charset=utf-8');
    await fastify.close();
  });
});
