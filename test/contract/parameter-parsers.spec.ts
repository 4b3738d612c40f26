import 'reflect-metadata';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import fc from 'fast-check';
import { CONTRACT_MODULES, contractOperations, loadContract } from '../../src/contract/contract-document.js';
import { ParametersPipe, readParameters, type ParameterParser } from '../../src/contract/parameters-pipe.js';
import { findIllFormedText } from '../../src/contract/well-formed-text.js';
import { ApiError } from '../../src/errors/api-error.js';
import { CLASS_VALIDATOR_OPTIONS, flatten } from '../../src/errors/validation-pipe.js';
import { illFormedTextError, repeatedParameter } from '../../src/contract/parameters-pipe.js';
import { hostileValue, validValue } from './schema-arbitraries.js';
import { pascalCase } from '../../tools/openapi-codegen/names.js';

type Schema = Record<string, any>;
type Location = 'query' | 'path';

const contract = loadContract('openapi');
const components: Record<string, Schema> = contract.components?.schemas ?? {};
const MODULES = CONTRACT_MODULES;

interface Case {
  operationId: string;
  location: Location;
  dto: new () => object;
  parse: ParameterParser<object>;
  parameters: Schema[];
}

async function cases(): Promise<Case[]> {
  const exported: Record<string, unknown> = {};
  for (const module of MODULES) {
    Object.assign(exported, await import(`../../src/${module}/generated/${module}.dto.js`));
    Object.assign(exported, await import(`../../src/${module}/generated/${module}.parameters.js`));
  }
  const out: Case[] = [];
  for (const { operation, parameters } of contractOperations(contract)) {
    for (const location of ['query', 'path'] as const) {
      const own = parameters.filter((p) => p.in === location);
      if (own.length === 0) continue;
      const className = `${pascalCase(operation.operationId)}${location === 'query' ? 'Query' : 'Path'}`;
      out.push({
        operationId: operation.operationId,
        location,
        dto: exported[className] as new () => object,
        parse: exported[`parse${className}`] as ParameterParser<object>,
        parameters: own,
      });
    }
  }
  return out;
}

/** What class-transformer and class-validator make of the same parameters with the DTO's decorators: the reading the parsers replace. */
async function classValidatorReading(testCase: Case, raw: Record<string, unknown>): Promise<unknown> {
  const illFormed = findIllFormedText(raw);
  if (illFormed) return asProblem(illFormedTextError(illFormed, testCase.location));
  const pipe = new ValidationPipe({ ...CLASS_VALIDATOR_OPTIONS, exceptionFactory: (errors: ValidationError[]) => ({ errors }) });
  try {
    const value = await pipe.transform(raw, { type: testCase.location === 'path' ? 'param' : 'query', metatype: testCase.dto });
    return { value: { ...value }, instance: value instanceof testCase.dto };
  } catch (thrown) {
    // The one wording the parsers add: a repeated query parameter fails its first check (the
    // decorators' own), and is then named as repeated. (A path parameter is never a list.)
    const known = new Set(testCase.parameters.map((p) => p.name as string));
    const details = flatten((thrown as { errors: ValidationError[] }).errors, testCase.location).map((d) =>
      testCase.location === 'query' && known.has(d.field) && Array.isArray(raw[d.field])
        ? { ...d, message: repeatedParameter(d.field, raw[d.field] as unknown[]) }
        : d,
    );
    return asProblem(new ApiError(60001, details.map((d) => d.message).join('; '), { details }));
  }
}

function generatedReading(testCase: Case, raw: Record<string, unknown>): unknown {
  try {
    const value = readParameters(testCase.parse, raw, testCase.location);
    return { value: { ...value }, instance: value instanceof testCase.dto };
  } catch (error) {
    if (error instanceof ApiError) return asProblem(error);
    throw error;
  }
}

function asProblem(error: ApiError): unknown {
  return { code: error.code, detail: error.detail, details: error.options.details };
}

/** Parameter values as they arrive: strings, repeated parameters as arrays; good ones, hostile ones and near misses. */
function rawParameters(testCase: Case): fc.Arbitrary<Record<string, unknown>> {
  const text = (schema: Schema) =>
    fc.oneof(
      { weight: 4, arbitrary: validValue(schema, components).map((v) => String(v)) },
      { weight: 1, arbitrary: hostileValue.filter((v): v is string => typeof v === 'string') },
      { weight: 1, arbitrary: fc.constantFrom('0', '1', '-1', '2000', '2001', '1000000001', '1.5', '1e3', ' 7', 'true', 'false', 'Y', 'N', 'y', '') },
    );
  const value = (schema: Schema) =>
    fc.oneof({ weight: 6, arbitrary: text(schema) }, { weight: 1, arbitrary: fc.array(text(schema), { minLength: 2, maxLength: 3 }) });
  const known = Object.fromEntries(testCase.parameters.map((p) => [p.name, value(p.schema ?? {})]));
  return fc
    .tuple(
      fc.record(known, { requiredKeys: [] }),
      // Not names of Object.prototype's members: class-transformer drops those before class-validator
      // sees them, so the old reading ignored `?constructor=x`; the parsers refuse it (test below).
      fc.dictionary(fc.constantFrom('unknown', 'photoflag', 'PAGE', 'x-y'), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([own, extra, withExtra]) => Object.assign(Object.create(null) as Record<string, unknown>, own, withExtra ? extra : {}));
}

describe('generated parameter parsers', () => {
  it('read every operation’s query and path parameters exactly as class-validator reads the DTOs', async () => {
    const all = await cases();
    // Every parameter class of every module has its parser.
    expect(all.length).toBeGreaterThan(40);
    for (const testCase of all) {
      expect(typeof testCase.parse).toBe('function');
      await fc.assert(
        fc.asyncProperty(rawParameters(testCase), async (raw) => {
          expect(generatedReading(testCase, raw)).toEqual(await classValidatorReading(testCase, raw));
        }),
        { numRuns: 150, seed: 20261205 },
      );
    }
  });

  it('refuse a parameter named after an Object.prototype member by name, like any unknown one', async () => {
    const testCase = (await cases()).find((c) => c.operationId === 'getResultVerification')!;
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const raw = Object.create(null) as Record<string, unknown>;
      Object.defineProperty(raw, name, { value: 'x', enumerable: true });
      Object.assign(raw, { trfNumber: '17UZ010772RAKN025A', photoFlag: 'N' });
      expect(generatedReading(testCase, raw)).toEqual({
        code: 60001,
        detail: `${name} is not a known parameter`,
        details: [{ location: 'query', field: name, message: `${name} is not a known parameter` }],
      });
    }
  });

  it('name a query parameter sent more than once as repeated, whatever its checks', async () => {
    const testCase = (await cases()).find((c) => c.operationId === 'getResultVerification')!;
    const raw = Object.assign(Object.create(null) as Record<string, unknown>, {
      trfNumber: ['17UZ010772RAKN025A', '17UZ010772RAKN025B'],
      photoFlag: ['N', 'N', 'Y'],
      page: '2',
    });
    expect(generatedReading(testCase, raw)).toEqual({
      code: 60001,
      detail: 'trfNumber is given 2 times; send it once; photoFlag is given 3 times; send it once',
      details: [
        { location: 'query', field: 'trfNumber', message: 'trfNumber is given 2 times; send it once' },
        { location: 'query', field: 'photoFlag', message: 'photoFlag is given 3 times; send it once' },
      ],
    });
  });

  it('answer 60001 naming each problem, unknown parameters first, as the envelope says', () => {
    const testCase = { location: 'query' as const };
    const pipe = new ParametersPipe<object>(
      () => ({
        problems: [
          ['x', 'x is not a known parameter'],
          ['page', 'page must be an integer'],
        ],
      }),
      testCase.location,
    );
    let thrown: unknown;
    try {
      pipe.transform({});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect(asProblem(thrown as ApiError)).toEqual({
      code: 60001,
      detail: 'x is not a known parameter; page must be an integer',
      details: [
        { location: 'query', field: 'x', message: 'x is not a known parameter' },
        { location: 'query', field: 'page', message: 'page must be an integer' },
      ],
    });
  });
});
