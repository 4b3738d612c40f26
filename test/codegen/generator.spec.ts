import { parse } from 'yaml';
import { generateModule } from '../../tools/openapi-codegen/generate.js';
import { kebabCase, pascalCase, propertyKey } from '../../tools/openapi-codegen/names.js';

const CONTRACT = `
openapi: 3.1.0
info: { title: Fixture, version: 1.0.0 }
tags: [{ name: Widgets }]
paths:
  /v1/widgets/{widgetId}:
    post:
      operationId: updateWidget
      tags: [Widgets]
      security: [{ basicAuth: ['widgets:write'] }]
      parameters:
        - { name: widgetId, in: path, required: true, schema: { type: string, format: uuid } }
        - { name: dryRun, in: query, required: false, schema: { type: boolean } }
        - { name: Idempotency-Key, in: header, required: false, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/WidgetChange' }
      responses:
        '200':
          description: changed
          headers: { X-TRANSACTION-ID: { $ref: '#/components/headers/X-TRANSACTION-ID' }, RateLimit-Policy: { $ref: '#/components/headers/RateLimit-Policy' }, RateLimit: { $ref: '#/components/headers/RateLimit' } }
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Widget' }
        '201':
          description: created
          headers: { X-TRANSACTION-ID: { $ref: '#/components/headers/X-TRANSACTION-ID' }, RateLimit-Policy: { $ref: '#/components/headers/RateLimit-Policy' }, RateLimit: { $ref: '#/components/headers/RateLimit' } }
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Widget' }
  /v1/widgets:
    get:
      operationId: listWidgets
      tags: [Widgets]
      security: []
      parameters:
        - { name: limit, in: query, required: true, schema: { type: integer, minimum: 1, maximum: 50 } }
      responses:
        '200':
          description: ok
          headers: { X-TRANSACTION-ID: { $ref: '#/components/headers/X-TRANSACTION-ID' } }
          content:
            text/csv:
              schema: { type: string }
components:
  headers:
    X-TRANSACTION-ID: { required: true, schema: { type: string } }
    RateLimit-Policy: { schema: { type: string } }
    RateLimit: { schema: { type: string } }
  schemas:
    WidgetChange:
      type: object
      additionalProperties: false
      required: [product-code, size]
      properties:
        product-code: { type: string, pattern: '^[A-Z]{3}$' }
        size: { type: integer, minimum: 0, maximum: 10 }
        colour: { type: [string, 'null'], enum: [red, blue, null] }
        parts: { type: array, maxItems: 3, items: { type: object, additionalProperties: false, properties: { name: { type: string } } } }
        owners: { type: array, minItems: 1, maxItems: 500, items: { type: string, format: uuid } }
        madeOn: { type: string, format: date }
        site: { type: string, format: uri, default: 'https://example.org/' }
        shape: { type: string, enum: [round, square], x-invalid-message: Invalid shape value. }
        meta: { type: object, additionalProperties: true }
        apiSecret: { type: string, maxLength: 200, x-credential: true }
        since: { type: string, format: date, x-ignored-when: colour }
    Widget:
      type: object
      required: [id]
      properties:
        id: { type: string }
`;

describe('openapi-codegen', () => {
  const files = Object.fromEntries(generateModule(parse(CONTRACT), 'widgets').map((f) => [f.path, f.source]));

  it('names things predictably', () => {
    expect(pascalCase('get-result_verification')).toBe('GetResultVerification');
    expect(kebabCase('OAuth')).toBe('oauth');
    expect(kebabCase('ResultVerification')).toBe('result-verification');
    expect(propertyKey('product-code')).toBe("'product-code'");
  });

  it('writes one DTO file, one file of parameter parsers and one controller contract per tag', () => {
    expect(Object.keys(files).sort()).toEqual(['widgets.api.ts', 'widgets.dto.ts', 'widgets.parameters.ts']);
  });

  it("parses parameters with the decorators' checks, in their order, and binds the parsers in the routes", () => {
    const parsers = files['widgets.parameters.ts'];
    expect(parsers).toContain('export function parseUpdateWidgetPath(raw: Readonly<Record<string, unknown>>): Parsed<UpdateWidgetPath> {');
    expect(parsers).toContain('const UpdateWidgetPathNames: ReadonlySet<string> = new Set(["widgetId"]);');
    // Presence, then the type, then the format: the first that fails is the one reported.
    expect(parsers).toMatch(
      /if \(v === undefined \|\| v === null\) problems\.push\(\["widgetId", "widgetId is required"\]\);\n\s+else if \(!isString\(v\)\) [^\n]*\n\s+else if \(!isContractFormat\(v, 'uuid'\)\) problems\.push\(\["widgetId", "widgetId must be a UUID"\]\);/,
    );
    // Query strings are converted as the DTO's @Transform converts them.
    expect(parsers).toContain('if (Object.hasOwn(raw, "dryRun")) o["dryRun"] = toBooleanParameter(raw["dryRun"]);');
    expect(parsers).toContain('if (Object.hasOwn(raw, "limit")) o["limit"] = toIntegerParameter(raw["limit"]);');
    expect(parsers).toMatch(/else if \(!min\(v, 1\)\) problems\.push\(\["limit", "limit must be at least 1"\]\);\n\s+else if \(!max\(v, 50\)\)/);
    const api = files['widgets.api.ts'];
    // An operation with a body has Nest's pipes check its parameters with the body...
    expect(api).toContain("@Param(new ParametersPipe(parseUpdateWidgetPath, 'path')) path: UpdateWidgetPath");
    // ...one without reads them in its route, with no pipe and no @Query or @Param.
    expect(api).toContain("const query = readParameters(parseListWidgetsQuery, request.query, 'query');");
    expect(api).not.toContain("parseListWidgetsQuery, 'query')) query");
    expect(api).toContain("import { ParametersPipe, readParameters } from '../../contract/parameters-pipe.js';");
    // A read is retried on a dropped connection; a write is not.
    expect(api).toContain('return sendApiReply(reply, await withTransientRetry(() => this.listWidgets({ query }, request)));');
    expect(api).toContain('return sendApiReply(reply, await this.updateWidget(');
  });

  it('refuses a parameter no parser can read: an array or an object', () => {
    const contract = CONTRACT.replace(
      '{ name: dryRun, in: query, required: false, schema: { type: boolean } }',
      '{ name: dryRun, in: query, required: false, schema: { type: array, maxItems: 3, items: { type: string } } }',
    );
    expect(contract).not.toBe(CONTRACT);
    expect(() => generateModule(parse(contract), 'bad')).toThrow(/UpdateWidgetQuery\.dryRun: @IsArray[^\n]* cannot be a query parameter's check/);
  });

  it('validates bodies with class-validator, keeping case-sensitive and hyphenated keys', () => {
    const dto = files['widgets.dto.ts'];
    expect(dto).toMatch(
      /@Matches\(\/\^\[A-Z\]\{3\}\$\/[^\n]*\n\s+@IsString[^\n]*\n\s+@IsDefined\(\{ message: 'product-code is required' \}\)\n\s+'product-code'!: string;/,
    );
    expect(dto).toMatch(/@Min\(0[^\n]*\n\s+@IsInt[^\n]*\n\s+@IsDefined[^\n]*\n\s+size!: number;/);
    expect(dto).toContain('colour?: "red" | "blue" | null;');
    expect(dto).toContain('@Type(() => WidgetChangeParts)');
    expect(dto).toContain('parts?: Array<WidgetChangeParts>;');
    expect(dto).toContain('meta?: Record<string, unknown>;');
    // A class is declared before the classes that reference it in decorators.
    expect(dto.indexOf('export class WidgetChangeParts')).toBeLessThan(dto.indexOf('export class WidgetChange {'));
  });

  it('converts query strings to numbers and booleans before validating them', () => {
    const dto = files['widgets.dto.ts'];
    expect(dto).toMatch(/@Max\(50[^\n]*\n\s+@Min\(1[^\n]*\n\s+@IsInt[^\n]*\n\s+@Transform\(\(\{ value \}\) => toIntegerParameter\(value\)\)/);
    expect(dto).toContain('@Transform(({ value }) => toBooleanParameter(value))');
    expect(dto).toContain("@IsContractFormat('uuid'");
  });

  it('generates routes with the contract path, scopes, success statuses and an abstract handler', () => {
    const api = files['widgets.api.ts'];
    expect(api).toContain("@Post('/v1/widgets/:widgetId')");
    expect(api).toContain('"scopes":["widgets:write"]');
    expect(api).toContain('"scopes":null');
    expect(api).toContain(
      "abstract updateWidget(input: { path: UpdateWidgetPath; query: UpdateWidgetQuery; body: WidgetChange; headers: { 'idempotency-key'?: string } }, request: FastifyRequest): Promise<ApiReply<Widget, 200> | ApiReply<Widget, 201>>;",
    );
    expect(api).toContain(
      'abstract listWidgets(input: { query: ListWidgetsQuery }, request: FastifyRequest): Promise<BinaryBody | ApiReply<BinaryBody, 200>>;',
    );
    expect(api).toContain('export abstract class WidgetsApi');
  });

  it('enforces array sizes, item formats, calendar dates, URLs, defaults and fixed enum messages', () => {
    const dto = files['widgets.dto.ts'];
    expect(dto).toContain("@ArrayMaxSize(3, { message: 'parts must hold at most 3 items' })");
    expect(dto).toContain("@ArrayMinSize(1, { message: 'owners must hold at least 1 item(s)' })");
    expect(dto).toContain("@IsContractFormat('uuid', { each: true, message: 'each of owners must be a UUID' })");
    expect(dto).toContain("@IsContractFormat('date', { message: 'madeOn must be a calendar date (YYYY-MM-DD)' })");
    expect(dto).toContain("@IsContractFormat('uri',");
    expect(dto).toContain('site?: string = "https://example.org/";');
    expect(dto).toContain('@IsIn(["round","square"], { message: \'Invalid shape value.\' })');
    expect(dto).toMatch(/@Transform\(\(\{ value \}\) => toIntegerParameter\(value\)\)/);
    // Optional means it may be left out: null is checked (and refused) unless the type allows it.
    expect(dto).toMatch(/@ValidateIf\(\(o\) => o\["madeOn"\] !== undefined\)/);
    expect(dto).toMatch(/@IsOptional\(\)\n\s+colour\?: /);
    // A value the seed says is ignored beside another is not checked then.
    expect(dto).toContain('@ValidateIf((o) => o["colour"] === undefined)');
    // A credential's text is left to authentication (401), marked for the validation pipe.
    expect(dto).toMatch(/@CredentialField\(\)\n[^\n]*\n[^\n]*\n[^\n]*\n\s+apiSecret\?: string;/);
  });

  it.each([
    [
      'an unknown keyword',
      "colour: { type: [string, 'null'], enum: [red, blue, null] }",
      'colour: { oneOf: [{ type: string }, { type: integer }] }',
      /keyword oneOf cannot be enforced/,
    ],
    ['an unknown format', 'madeOn: { type: string, format: date }', 'madeOn: { type: string, format: hostname }', /format hostname has no runtime check/],
    [
      'an unbounded request integer',
      'size: { type: integer, minimum: 0, maximum: 10 }',
      'size: { type: integer, minimum: 0 }',
      /size: an integer in a request needs minimum and maximum/,
    ],
    [
      'an unbounded request array',
      'owners: { type: array, minItems: 1, maxItems: 500,',
      'owners: { type: array, minItems: 1,',
      /owners: an array in a request needs maxItems/,
    ],
    [
      'a request object open to unknown fields',
      '    WidgetChange:\n      type: object\n      additionalProperties: false\n',
      '    WidgetChange:\n      type: object\n',
      /WidgetChange: an object in a request must say additionalProperties: false/,
    ],
    ['a union type', 'madeOn: { type: string, format: date }', 'madeOn: { type: [string, integer] }', /cannot be enforced \(one type/],
    [
      'an answer that leaves out X-TRANSACTION-ID',
      "description: ok\n          headers: { X-TRANSACTION-ID: { $ref: '#/components/headers/X-TRANSACTION-ID' } }\n",
      'description: ok\n',
      /GET \/v1\/widgets 200: the answer carries X-TRANSACTION-ID; list it in the response's headers/,
    ],
    [
      "a counted operation's answer that leaves out its RateLimit fields",
      "description: created\n          headers: { X-TRANSACTION-ID: { $ref: '#/components/headers/X-TRANSACTION-ID' }, RateLimit-Policy: { $ref: '#/components/headers/RateLimit-Policy' }, RateLimit: { $ref: '#/components/headers/RateLimit' } }\n",
      "description: created\n          headers: { X-TRANSACTION-ID: { $ref: '#/components/headers/X-TRANSACTION-ID' } }\n",
      /POST \/v1\/widgets\/\{widgetId\} 201: the answer carries RateLimit-Policy/,
    ],
    [
      'an unbounded integer parameter',
      'schema: { type: integer, minimum: 1, maximum: 50 }',
      'schema: { type: integer, minimum: 1 }',
      /query parameter limit: an integer in a request needs minimum and maximum/,
    ],
  ])('refuses %s', (_label, from, to, error) => {
    expect(CONTRACT).toContain(from);
    expect(() => generateModule(parse(CONTRACT.replace(from, to)), 'bad')).toThrow(error);
  });

  it('refuses a component named as an inline object is, rather than making one class of the two', () => {
    // WidgetChange.parts's items are the class WidgetChangeParts.
    const clash = CONTRACT.replace(
      '    Widget:\n',
      '    WidgetChangeParts:\n      type: object\n      properties:\n        other: { type: integer }\n    Widget:\n',
    );
    expect(clash).not.toBe(CONTRACT);
    expect(() => generateModule(parse(clash), 'bad')).toThrow(/both generate the class WidgetChangeParts/);
  });

  it('refuses an operation without operationId', () => {
    expect(() => generateModule(parse(CONTRACT.replace('operationId: listWidgets', 'summary: no id')), 'bad')).toThrow(/operationId is required/);
  });
});
