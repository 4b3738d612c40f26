import { propertyChecks, type Check, type ClassCollector, type ClassSpec } from './schema-classes.js';

/**
 * The query and path parameters of each operation, parsed by generated code rather than by a
 * class-transformer and class-validator pass per request: the same checks, in the same order, with
 * the same messages, rendered from the list the DTO decorators are rendered from. Only scalars
 * can be parameters; anything else is refused, as the generator refuses whatever it cannot enforce.
 */
export function renderParameterParsers(collector: ClassCollector, specs: ClassSpec[], moduleName: string, dtoFile: string): string | undefined {
  const parameterSpecs = specs.filter((spec) => spec.source !== 'body');
  if (parameterSpecs.length === 0) return undefined;
  const parsers = parameterSpecs.map((spec) => renderParser(collector, spec));
  const body = parsers.join('\n\n');
  const fromClassValidator = ['isBoolean', 'isIn', 'isInt', 'isNumber', 'isString', 'matches', 'max', 'maxLength', 'min', 'minLength'].filter((name) =>
    new RegExp(`\\b${name}\\(v`).test(body),
  );
  const fromContract = ['isContractFormat', 'isMultipleOf', 'toBooleanParameter', 'toIntegerParameter'].filter((name) =>
    new RegExp(`\\b${name}\\(`).test(body),
  );
  const imports = [
    fromClassValidator.length ? `import { ${fromClassValidator.join(', ')} } from 'class-validator';` : '',
    `import { ${/\brepeatedParameter\(/.test(body) ? 'repeatedParameter, ' : ''}unknownParameters, type Parsed } from '../../contract/parameters-pipe.js';`,
    fromContract.length ? `import { ${fromContract.join(', ')} } from '../../contract/validators.js';` : '',
    `import { ${parameterSpecs.map((spec) => spec.name).join(', ')} } from './${dtoFile.replace(/\.ts$/, '.js')}';`,
  ].filter(Boolean);
  return `// Generated from openapi/${moduleName}.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.\n${imports.join('\n')}\n\n${body}\n`;
}

export function parserName(className: string): string {
  return `parse${className}`;
}

function renderParser(collector: ClassCollector, spec: ClassSpec): string {
  const names = spec.properties.map((p) => p.name);
  const lines = [
    `const ${spec.name}Names: ReadonlySet<string> = new Set(${JSON.stringify(names)});`,
    '',
    `/** The ${spec.source} parameters as ${spec.name}'s decorators check them; unknown ones are refused by name. */`,
    `export function ${parserName(spec.name)}(raw: Readonly<Record<string, unknown>>): Parsed<${spec.name}> {`,
    `  const problems = unknownParameters(raw, ${spec.name}Names);`,
    `  const o = new ${spec.name}() as unknown as Record<string, unknown>;`,
  ];
  const checksOf = new Map<string, Check[]>();
  for (const property of spec.properties) {
    const checks = propertyChecks(collector, spec, property);
    const refused = checks.find((check) => check.kind === 'other' || (check.kind === 'transform' && !check.convert) || (check.kind === 'test' && !check.test));
    if (refused) throw new Error(`${spec.name}.${property.name}: ${refused.decorator} cannot be a ${spec.source} parameter's check (parameters are scalars)`);
    checksOf.set(property.name, checks);
    const key = JSON.stringify(property.name);
    const convert = checks.find((check) => check.kind === 'transform')?.convert;
    lines.push(`  if (Object.hasOwn(raw, ${key})) o[${key}] = ${convert ? `${convert}(raw[${key}])` : `raw[${key}]`};`);
  }
  const blocks: string[] = [];
  for (const property of spec.properties) {
    const checks = checksOf.get(property.name)!;
    const key = JSON.stringify(property.name);
    const conditions: string[] = [];
    const ignoredWhen = checks.find((check) => check.kind === 'ignored-when');
    if (ignoredWhen?.kind === 'ignored-when') conditions.push(`o[${JSON.stringify(ignoredWhen.sibling)}] === undefined`);
    const defined = checks.find((check) => check.kind === 'defined');
    const optional = checks.find((check) => check.kind === 'optional');
    if (optional?.kind === 'optional') conditions.push(...(optional.nullable ? ['v !== undefined', 'v !== null'] : ['v !== undefined']));
    const tests = checks.filter((check) => check.kind === 'test');
    // class-validator: conditions first (ValidateIf, IsOptional), then presence, then the first failing check (stopAtFirstError).
    const branches: string[] = [];
    // A repeated query parameter arrives as a list: named as such before any check reads it as a value.
    if (spec.source === 'query') branches.push(`if (Array.isArray(v)) problems.push([${key}, repeatedParameter(${key}, v)]);`);
    if (defined?.kind === 'defined')
      branches.push(`${branches.length ? 'else ' : ''}if (v === undefined || v === null) problems.push([${key}, ${JSON.stringify(defined.message)}]);`);
    for (const check of tests) {
      if (check.kind !== 'test') continue;
      branches.push(`${branches.length ? 'else ' : ''}if (!${check.test}) problems.push([${key}, ${JSON.stringify(check.message)}]);`);
    }
    if (branches.length === 0) continue;
    blocks.push(`  v = o[${key}];`);
    if (conditions.length) blocks.push(`  if (${conditions.join(' && ')}) {`, ...branches.map((b) => `    ${b}`), '  }');
    else blocks.push(...branches.map((b) => `  ${b}`));
  }
  if (blocks.length > 0) lines.push('  let v: unknown;', ...blocks);
  lines.push(`  return problems.length > 0 ? { problems } : { value: o as unknown as ${spec.name} };`, '}');
  return lines.join('\n');
}
