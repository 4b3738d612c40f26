import { STRING_FORMATS } from '../../src/contract/formats.js';
import { pascalCase, propertyKey, refName } from './names.js';

type Schema = Record<string, any>;
/** Where values come from decides whether strings must be converted before validation. */
export type ValueSource = 'query' | 'path' | 'body';

export interface ClassProperty {
  name: string;
  schema: Schema;
  required: boolean;
  description?: string;
}

export interface ClassSpec {
  name: string;
  description?: string;
  properties: ClassProperty[];
  source: ValueSource;
}

/** Collects the classes a document needs: its object schemas, and the inline objects inside them. */
export class ClassCollector {
  readonly classes = new Map<string, ClassSpec>();
  /** The schema each class was made from: one name for two different schemas would make one class of both. */
  private readonly madeFrom = new Map<string, Schema>();

  constructor(private readonly components: Record<string, Schema>) {}

  addComponent(name: string, schema: Schema): void {
    if (isObjectWithProperties(schema)) this.addObject(name, schema, 'body');
  }

  addObject(name: string, schema: Schema, source: ValueSource): void {
    const earlier = this.madeFrom.get(name);
    if (earlier !== undefined) {
      if (earlier === schema || JSON.stringify(earlier) === JSON.stringify(schema)) return;
      // An inline object is named after its parent and property (Fulfilment.email: FulfilmentEmail),
      // which a component may also be called: the second would silently become the first.
      throw new Error(
        `two different object schemas would both generate the class ${name} (a component, and an inline object named after its parent and property): rename one`,
      );
    }
    this.madeFrom.set(name, schema);
    const required = new Set<string>(schema.required ?? []);
    const spec: ClassSpec = { name, description: schema.description, properties: [], source };
    this.classes.set(name, spec);
    for (const [propName, propSchema] of Object.entries<Schema>(schema.properties ?? {})) {
      spec.properties.push({ name: propName, schema: propSchema, required: required.has(propName), description: propSchema.description });
      const inlineName = `${name}${pascalCase(propName)}`;
      const inner = propSchema.type === 'array' ? propSchema.items : propSchema;
      if (inner && !inner.$ref && isObjectWithProperties(inner)) this.addObject(inlineName, inner, source);
    }
  }

  /** The TypeScript type of a schema, naming the classes collected for inline objects. */
  typeOf(schema: Schema, inlineName: string): string {
    if (schema.$ref) {
      const target = this.components[refName(schema.$ref)];
      return target && isObjectWithProperties(target) ? refName(schema.$ref) : this.typeOf(target ?? {}, refName(schema.$ref));
    }
    const types = typesOf(schema);
    const nullable = types.includes('null');
    const base = this.baseType(
      schema,
      types.filter((t) => t !== 'null'),
      inlineName,
    );
    return nullable && !base.includes('null') ? `${base} | null` : base;
  }

  private baseType(schema: Schema, types: string[], inlineName: string): string {
    if (Array.isArray(schema.enum)) {
      return schema.enum.map((value: unknown) => (value === null ? 'null' : JSON.stringify(value))).join(' | ');
    }
    const [type] = types;
    switch (type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array':
        return `Array<${this.typeOf(schema.items ?? {}, inlineName)}>`;
      case 'object':
        if (isObjectWithProperties(schema)) return inlineName;
        if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          return `Record<string, ${this.typeOf(schema.additionalProperties, inlineName)}>`;
        }
        return 'Record<string, unknown>';
      default:
        return 'unknown';
    }
  }

  /** Class declarations, each after the classes its decorators reference. */
  ordered(): ClassSpec[] {
    const done = new Set<string>();
    const out: ClassSpec[] = [];
    const visit = (spec: ClassSpec, stack: Set<string>) => {
      if (done.has(spec.name) || stack.has(spec.name)) return;
      stack.add(spec.name);
      for (const property of spec.properties) {
        for (const dependency of this.classDependencies(property, spec.name)) {
          const target = this.classes.get(dependency);
          if (target) visit(target, stack);
        }
      }
      done.add(spec.name);
      out.push(spec);
    };
    for (const spec of [...this.classes.values()].sort((a, b) => a.name.localeCompare(b.name))) visit(spec, new Set());
    return out;
  }

  private classDependencies(property: ClassProperty, owner: string): string[] {
    const inner = property.schema.type === 'array' ? (property.schema.items ?? {}) : property.schema;
    if (inner.$ref) return [refName(inner.$ref)];
    return this.classes.has(`${owner}${pascalCase(property.name)}`) ? [`${owner}${pascalCase(property.name)}`] : [];
  }

  resolve(schema: Schema): Schema {
    return schema.$ref ? this.resolve(this.components[refName(schema.$ref)] ?? {}) : schema;
  }
}

/** The types a schema names: `type: string` and `type: [string, 'null']` alike, as a list. */
export function typesOf(schema: Schema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

export function isObjectWithProperties(schema: Schema | undefined): boolean {
  return !!schema && typeof schema.properties === 'object' && Object.keys(schema.properties).length > 0;
}

/**
 * One check of a property, in check order: the decorator that states it on the DTO class and, for a
 * scalar, the test and message a compiled parameter parser applies (parameter-parsers.ts). Both are
 * rendered from this one list, so the two can only say the same thing.
 */
export type Check =
  | { kind: 'defined'; decorator: string; message: string }
  | { kind: 'optional'; decorator: string; nullable: boolean }
  | { kind: 'ignored-when'; decorator: string; sibling: string }
  | { kind: 'transform'; decorator: string; convert?: 'toIntegerParameter' | 'toBooleanParameter' }
  | { kind: 'test'; decorator: string; test?: string; message: string }
  | { kind: 'other'; decorator: string };

/** The checks of one property, in check order: presence, then the type, then the bounds. */
export function propertyChecks(collector: ClassCollector, owner: ClassSpec, property: ClassProperty): Check[] {
  const { name } = property;
  const schema = collector.resolve(property.schema);
  const types = typesOf(schema);
  const nullable = types.includes('null') || (Array.isArray(schema.enum) && schema.enum.includes(null));
  const type = types.find((t) => t !== 'null');
  const fromString = owner.source !== 'body';
  const out: Check[] = [];

  if (property.required && !nullable)
    out.push({ kind: 'defined', decorator: `@IsDefined({ message: '${name} is required' })`, message: `${name} is required` });
  // Optional means it may be left out; null is a value, refused unless the type allows it (class-validator's IsOptional would let it by).
  else if (nullable) out.push({ kind: 'optional', decorator: '@IsOptional()', nullable: true });
  else out.push({ kind: 'optional', decorator: `@ValidateIf((o) => o[${JSON.stringify(name)}] !== undefined)`, nullable: false });

  const other = (decorator: string): Check => ({ kind: 'other', decorator });
  if (type === 'array' && !Array.isArray(schema.enum)) {
    out.push(other(`@IsArray({ message: '${name} must be an array' })`));
    if (schema.minItems !== undefined)
      out.push(other(`@ArrayMinSize(${schema.minItems}, { message: '${name} must hold at least ${schema.minItems} item(s)' })`));
    if (schema.maxItems !== undefined) out.push(other(`@ArrayMaxSize(${schema.maxItems}, { message: '${name} must hold at most ${schema.maxItems} items' })`));
    const items = property.schema.items ?? schema.items ?? {};
    const itemClass = items.$ref
      ? collector.classes.has(refName(items.$ref))
        ? refName(items.$ref)
        : undefined
      : collector.classes.get(`${owner.name}${pascalCase(name)}`)?.name;
    if (itemClass)
      out.push(
        other(`@IsObject({ each: true, message: 'each of ${name} must be a JSON object' })`),
        other('@ValidateNested({ each: true })'),
        other(`@Type(() => ${itemClass})`),
      );
    else out.push(...valueChecks(collector.resolve(items), `each of ${name}`, true, fromString).map((check) => other(check.decorator)));
  } else if (type === 'object' || (property.schema.$ref && collector.classes.has(refName(property.schema.$ref)))) {
    const target = property.schema.$ref ? refName(property.schema.$ref) : `${owner.name}${pascalCase(name)}`;
    if (schema['x-json-string']) out.push(other('@Transform(({ value }) => fromJsonString(value))'));
    out.push(other(`@IsObject({ message: '${name} must be a JSON object${schema['x-json-string'] ? ', or a string holding one' : ''}' })`));
    if (collector.classes.has(target)) out.push(other('@ValidateNested()'), other(`@Type(() => ${target})`));
  } else {
    out.push(...valueChecks(schema, name, false, fromString));
  }
  if (schema['x-credential']) out.push(other('@CredentialField()'));
  if (schema['x-ignored-when'])
    out.push({
      kind: 'ignored-when',
      decorator: `@ValidateIf((o) => o[${JSON.stringify(schema['x-ignored-when'])}] === undefined)`,
      sibling: schema['x-ignored-when'],
    });
  return out;
}

/** The decorators that validate and document one property. */
export function propertyDecorators(collector: ClassCollector, owner: ClassSpec, property: ClassProperty): string[] {
  // Decorators run bottom-up: reversed, presence is checked first, then the type, then the bounds,
  // so that the first error reported (stopAtFirstError) is the most basic one.
  const out = propertyChecks(collector, owner, property)
    .map((check) => check.decorator)
    .reverse();
  const apiOptions = [`required: ${property.required}`];
  if (property.description) apiOptions.push(`description: ${JSON.stringify(property.description.trim())}`);
  out.unshift(`@ApiProperty({ ${apiOptions.join(', ')} })`);
  return out;
}

/**
 * The checks of one scalar value (a property, or each item of an array), in check order. `test` is
 * the same check as a call of class-validator's own function (or the contract's), on `v`.
 */
function valueChecks(schema: Schema, label: string, each: boolean, fromString: boolean): Check[] {
  const types = typesOf(schema);
  const type = types.find((t) => t !== 'null');
  const options = (message: string) => `{ ${each ? 'each: true, ' : ''}message: ${quote(message)} }`;
  const test = (decorator: string, call: string | undefined, message: string): Check => ({
    kind: 'test',
    decorator: `@${decorator}${options(message)})`,
    test: call,
    message,
  });
  const out: Check[] = [];
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((value: unknown) => value !== null);
    if (fromString && type === 'integer')
      out.push({ kind: 'transform', decorator: '@Transform(({ value }) => toIntegerParameter(value))', convert: 'toIntegerParameter' });
    const message = schema['x-invalid-message'] ?? `${label} must be one of: ${values.join(', ')}`;
    out.push(test(`IsIn(${JSON.stringify(values)}, `, `isIn(v, ${JSON.stringify(values)})`, message));
  } else if (type === 'string') {
    out.push(test('IsString(', 'isString(v)', `${label} must be a string`));
    if (schema.format && STRING_FORMATS[schema.format])
      out.push(test(`IsContractFormat('${schema.format}', `, `isContractFormat(v, '${schema.format}')`, `${label} must be ${FORMAT_NAMES[schema.format]}`));
    if (schema.pattern)
      out.push(test(`Matches(${regexLiteral(schema.pattern)}, `, `matches(v, ${regexLiteral(schema.pattern)})`, `${label} must match ${schema.pattern}`));
    if (schema.minLength !== undefined)
      out.push(test(`MinLength(${schema.minLength}, `, `minLength(v, ${schema.minLength})`, `${label} must be at least ${schema.minLength} characters`));
    if (schema.maxLength !== undefined)
      out.push(test(`MaxLength(${schema.maxLength}, `, `maxLength(v, ${schema.maxLength})`, `${label} must be at most ${schema.maxLength} characters`));
  } else if (type === 'integer' || type === 'number') {
    if (fromString)
      out.push(
        type === 'integer'
          ? { kind: 'transform', decorator: '@Transform(({ value }) => toIntegerParameter(value))', convert: 'toIntegerParameter' }
          : { kind: 'transform', decorator: '@Type(() => Number)' },
      );
    out.push(
      type === 'integer'
        ? test('IsInt(', 'isInt(v)', `${label} must be an integer`)
        : { kind: 'test', decorator: `@IsNumber({}, ${options(`${label} must be a number`)})`, test: 'isNumber(v)', message: `${label} must be a number` },
    );
    if (schema.minimum !== undefined) out.push(test(`Min(${schema.minimum}, `, `min(v, ${schema.minimum})`, `${label} must be at least ${schema.minimum}`));
    if (schema.maximum !== undefined) out.push(test(`Max(${schema.maximum}, `, `max(v, ${schema.maximum})`, `${label} must be at most ${schema.maximum}`));
    if (schema.multipleOf !== undefined)
      out.push(test(`IsMultipleOf(${schema.multipleOf}, `, `isMultipleOf(v, ${schema.multipleOf})`, `${label} must be a multiple of ${schema.multipleOf}`));
  } else if (type === 'boolean') {
    if (fromString) out.push({ kind: 'transform', decorator: '@Transform(({ value }) => toBooleanParameter(value))', convert: 'toBooleanParameter' });
    out.push(test('IsBoolean(', 'isBoolean(v)', `${label} must be true or false`));
  }
  return out;
}

const FORMAT_NAMES: Record<string, string> = {
  date: 'a calendar date (YYYY-MM-DD)',
  'date-time': 'an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)',
  'date-time-local': 'a date-time without offset (YYYY-MM-DDThh:mm:ss) naming a real day and time',
  uuid: 'a UUID',
  email: 'an e-mail address',
  uri: 'an absolute http(s) URL',
};

function quote(text: string): string {
  return `'${escapeQuote(text)}'`;
}

function regexLiteral(pattern: string): string {
  return `/${pattern.replace(/\//g, '\\/')}/`;
}

function escapeQuote(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

export function renderClass(collector: ClassCollector, spec: ClassSpec): string {
  const lines: string[] = [];
  if (spec.description) lines.push(`/** ${spec.description.trim().split('\n')[0]} */`);
  lines.push(`export class ${spec.name} {`);
  for (const property of spec.properties) {
    for (const decorator of propertyDecorators(collector, spec, property)) lines.push(`  ${decorator}`);
    const optional = property.required ? '!' : '?';
    const fallback = collector.resolve(property.schema).default;
    const initial = fallback === undefined || property.required ? '' : ` = ${JSON.stringify(fallback)}`;
    lines.push(`  ${propertyKey(property.name)}${optional}: ${collector.typeOf(property.schema, `${spec.name}${pascalCase(property.name)}`)}${initial};`);
    lines.push('');
  }
  if (lines[lines.length - 1] === '') lines.pop();
  lines.push('}');
  return lines.join('\n');
}
