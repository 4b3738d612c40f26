import { camelCase, kebabCase, pascalCase, refName } from './names.js';
import { ClassCollector, isObjectWithProperties } from './schema-classes.js';
import { parserName } from './parameter-parsers.js';
import { scopesOf } from './security.js';
import { routePath } from '../../src/contract/contract-document.js';

type Schema = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface OperationSpec {
  operationId: string;
  method: (typeof METHODS)[number];
  path: string;
  tag: string;
  summary?: string;
  deprecated: boolean;
  /** null for a public operation (`security: []`). */
  scopes: string[] | null;
  queryClass?: string;
  pathClass?: string;
  headerParams: string[];
  bodyType?: string;
  bodyRequired: boolean;
  successes: Array<{ status: number; type: string; rendered?: boolean }>;
  produces: string[];
  consumes: string[];
  /** `x-throttled`: a public operation limited per caller address (AddressThrottleGuard). */
  throttled: boolean;
}

/** Reads the operations of a bundled document, registering their parameter classes. */
export function collectOperations(doc: Schema, collector: ClassCollector): OperationSpec[] {
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path}: operationId is required`);
      const name = pascalCase(op.operationId);
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) => resolveParameter(doc, p));
      const spec: OperationSpec = {
        operationId: op.operationId,
        method,
        path,
        tag: op.tags?.[0] ?? 'Default',
        summary: op.summary,
        deprecated: !!op.deprecated,
        scopes: scopesOf(op.security ?? doc.security ?? []),
        headerParams: parameters.filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'x-transaction-id').map((p) => p.name.toLowerCase()),
        bodyRequired: !!op.requestBody?.required,
        successes: [],
        produces: [],
        consumes: Object.keys(op.requestBody?.content ?? {}),
        throttled: op['x-throttled'] === true,
      };
      for (const location of ['query', 'path'] as const) {
        const params = parameters.filter((p) => p.in === location);
        if (params.length === 0) continue;
        const className = `${name}${location === 'query' ? 'Query' : 'Path'}`;
        collector.addObject(
          className,
          {
            type: 'object',
            description: `The ${location} parameters of ${op.operationId}.`,
            required: params.filter((p) => p.required).map((p) => p.name),
            properties: Object.fromEntries(params.map((p) => [p.name, { ...p.schema, description: p.description }])),
          },
          location,
        );
        if (location === 'query') spec.queryClass = className;
        else spec.pathClass = className;
      }
      const bodySchemas = Object.values<Schema>(op.requestBody?.content ?? {})
        .map((c) => c.schema)
        .filter(Boolean);
      if (bodySchemas.length > 0) {
        const schema = bodySchemas[0];
        if (bodySchemas.some((s) => JSON.stringify(s) !== JSON.stringify(schema))) {
          throw new Error(`${op.operationId}: every request media type must share one schema`);
        }
        if (!schema.$ref && isObjectWithProperties(schema)) collector.addObject(`${name}Body`, schema, 'body');
        // A body that refers to a class is that class; one that refers to a plain type (a string) is that type.
        spec.bodyType =
          schema.$ref && collector.classes.has(refName(schema.$ref))
            ? refName(schema.$ref)
            : isObjectWithProperties(schema)
              ? `${name}Body`
              : collector.typeOf(schema, `${name}Body`);
      }
      for (const [status, response] of Object.entries<Schema>(op.responses ?? {})) {
        const resolved = response.$ref ? doc.components.responses[refName(response.$ref)] : response;
        const content = resolved.content ?? {};
        for (const mediaType of Object.keys(content)) {
          if (/^2/.test(status) && !spec.produces.includes(mediaType)) spec.produces.push(mediaType);
        }
        // Error statuses answer the shared Problem envelope; a status with its own body (readiness's 503) is the handler's to return.
        const isProblem = !!response.$ref || Object.values<Schema>(content).some((c) => c.schema?.$ref?.endsWith('/Problem'));
        if (!/^\d{3}$/.test(status) || (!/^2/.test(status) && isProblem)) continue;
        const json = content['application/json']?.schema;
        let type = 'void';
        if (json) {
          type = json.$ref || !isObjectWithProperties(json) ? collector.typeOf(json, `${name}Response${status}`) : `${name}Response${status}`;
          if (!json.$ref && isObjectWithProperties(json)) collector.addObject(`${name}Response${status}`, json, 'body');
        } else if (Object.keys(content).length > 0) {
          type = 'BinaryBody';
        }
        // JSON plus another rendering (XML): the handler may return that one as text.
        const rendered = json && Object.keys(content).length > 1;
        spec.successes.push({ status: Number(status), type, rendered });
      }
      if (!spec.successes.some((s) => s.status < 300)) throw new Error(`${op.operationId}: no 2xx response`);
      operations.push(spec);
    }
  }
  return operations;
}

function resolveParameter(doc: Schema, parameter: Schema): Schema {
  return parameter.$ref ? doc.components.parameters[refName(parameter.$ref)] : parameter;
}

/** One abstract controller per tag: Nest routes wired from the contract, handlers left to implement. */
export function renderTagController(
  moduleName: string,
  tag: string,
  operations: OperationSpec[],
  dtoFile: string,
  parametersFile: string,
): { file: string; source: string } {
  const className = `${pascalCase(tag)}Api`;
  const dtoImports = new Set<string>();
  const parserImports = new Set<string>();
  const nestImports = new Set<string>(['Req', 'Res']);
  const usesBinary = operations.some((op) => op.successes.some((s) => s.type === 'BinaryBody' || s.rendered));
  const members: string[] = [];
  // What the routes take from parameters-pipe.ts, gathered like the Nest imports.
  const parameterReaders = new Set<string>();
  for (const op of operations) {
    const name = op.operationId;
    const inputFields: string[] = [];
    const params: string[] = [];
    const args: string[] = [];
    nestImports.add(pascalCase(op.method));
    // Where nothing else goes through Nest's pipes (no body, no header parameters), the route reads its
    // parameters itself: the same checks and errors, without the promises a pipe costs each request.
    const readsOwnParameters = !op.bodyType && op.headerParams.length === 0;
    const reads: string[] = [];
    for (const [location, dtoClass, decorator] of [
      ['path', op.pathClass, 'Param'],
      ['query', op.queryClass, 'Query'],
    ] as const) {
      if (!dtoClass) continue;
      dtoImports.add(dtoClass);
      parserImports.add(parserName(dtoClass));
      if (readsOwnParameters) {
        parameterReaders.add('readParameters');
        reads.push(`    const ${location} = readParameters(${parserName(dtoClass)}, request.${location === 'path' ? 'params' : 'query'}, '${location}');`);
      } else {
        parameterReaders.add('ParametersPipe');
        nestImports.add(decorator);
        params.push(`@${decorator}(new ParametersPipe(${parserName(dtoClass)}, '${location}')) ${location}: ${dtoClass}`);
      }
      inputFields.push(`${location}: ${dtoClass}`);
      args.push(location);
    }
    if (op.bodyType) {
      if (/^[A-Z]/.test(op.bodyType)) dtoImports.add(op.bodyType);
      nestImports.add('Body');
      params.push(`@Body() body: ${op.bodyType}`);
      inputFields.push(`body: ${op.bodyType}`);
      args.push('body');
    }
    if (op.headerParams.length > 0) {
      nestImports.add('Headers');
      const headerType = `{ ${op.headerParams.map((h) => `'${h}'?: string`).join('; ')} }`;
      op.headerParams.forEach((header) => params.push(`@Headers('${header}') ${camelCase(header)}: string | undefined`));
      inputFields.push(`headers: ${headerType}`);
      args.push(`headers: { ${op.headerParams.map((h) => `'${h}': ${camelCase(h)}`).join(', ')} }`);
    }
    for (const success of op.successes) {
      for (const part of success.type.split(/[^A-Za-z0-9_]+/)) {
        if (/^[A-Z]/.test(part) && part !== 'Array' && part !== 'Record' && part !== 'BinaryBody') dtoImports.add(part);
      }
    }
    const [first] = op.successes;
    const replyBody = (s: OperationSpec['successes'][number]) => (s.rendered ? `${s.type} | BinaryBody` : s.type);
    const resultType =
      op.successes.length === 1
        ? `${first.type} | ApiReply<${replyBody(first)}, ${first.status}>`
        : op.successes.map((s) => `ApiReply<${replyBody(s)}, ${s.status}>`).join(' | ');
    nestImports.add('HttpCode');
    const inputType = `{ ${inputFields.join('; ')} }`;
    members.push(
      [
        `  @${pascalCase(op.method)}('${routePath(op.path)}')`,
        `  @HttpCode(${first.status})`,
        `  @ContractOperation(${JSON.stringify({ operationId: name, module: moduleName, scopes: op.scopes, produces: op.produces, consumes: op.consumes, successStatus: first.status, ...(op.throttled ? { throttled: true } : {}) })})`,
        `  @ApiOperation({ operationId: '${name}'${op.summary ? `, summary: ${JSON.stringify(op.summary)}` : ''}${op.deprecated ? ', deprecated: true' : ''} })`,
        `  async ${name}Route(${[...params, '@Req() request: FastifyRequest', '@Res({ passthrough: true }) reply: FastifyReply'].join(', ')}): Promise<unknown> {`,
        ...reads,
        // A read is run again when the database connection failed under it (at most twice); a write is not.
        op.method === 'get'
          ? `    return sendApiReply(reply, await withTransientRetry(() => this.${name}({ ${args.join(', ')} }, request)));`
          : `    return sendApiReply(reply, await this.${name}({ ${args.join(', ')} }, request));`,
        '  }',
        '',
        `  /** ${op.method.toUpperCase()} ${op.path}${op.summary ? `: ${op.summary}` : ''} */`,
        `  abstract ${name}(input: ${inputType}, request: FastifyRequest): Promise<${resultType}>;`,
      ].join('\n'),
    );
  }
  const header = [
    `// Generated from openapi/${moduleName}.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.`,
    `import { ${[...nestImports].sort().join(', ')} } from '@nestjs/common';`,
    `import { ApiOperation, ApiTags } from '@nestjs/swagger';`,
    `import type { FastifyReply, FastifyRequest } from 'fastify';`,
    `import { ApiReply, sendApiReply${usesBinary ? ', type BinaryBody' : ''} } from '../../contract/api-reply.js';`,
    `import { ContractOperation } from '../../contract/contract-operation.decorator.js';`,
  ];
  if (parameterReaders.size > 0) header.push(`import { ${[...parameterReaders].sort().join(', ')} } from '../../contract/parameters-pipe.js';`);
  if (operations.some((op) => op.method === 'get')) header.push(`import { withTransientRetry } from '../../database/transient-retry.js';`);
  if (dtoImports.size > 0) header.push(`import { ${[...dtoImports].sort().join(', ')} } from './${dtoFile.replace(/\.ts$/, '.js')}';`);
  if (parserImports.size > 0) header.push(`import { ${[...parserImports].sort().join(', ')} } from './${parametersFile.replace(/\.ts$/, '.js')}';`);
  const source = `${header.join('\n')}\n\n@ApiTags(${JSON.stringify(tag)})\nexport abstract class ${className} {\n${members.join('\n\n')}\n}\n`;
  return { file: `${kebabCase(tag)}.api.ts`, source };
}
