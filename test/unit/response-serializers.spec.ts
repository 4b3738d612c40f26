import { join } from 'node:path';
import { loadContract } from '../../src/contract/contract-document.js';
import { compileResponseSerializers } from '../../src/contract/response-serializers.js';

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
});
