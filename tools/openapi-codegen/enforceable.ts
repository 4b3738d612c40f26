import { STRING_FORMATS, DESCRIPTIVE_FORMATS } from '../../src/contract/formats.js';
import { refName } from './names.js';
import { countsAgainstQuota } from './security.js';
import { isObjectWithProperties, typesOf } from './schema-classes.js';

type Schema = Record<string, any>;

/** The JSON Schema keywords the generated validators enforce (or that only annotate). */
const KEYWORDS = new Set([
  'type',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'multipleOf',
  'enum',
  'items',
  'minItems',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
  'default',
  '$ref',
  // Annotations: nothing to enforce.
  'description',
  'example',
  'examples',
  'title',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'contentMediaType',
  // The message a failed enum check answers, where a seed fixes it ("Invalid EventExamType value.").
  'x-invalid-message',
  // A client id, secret or token in a body: refused by authentication (401), not by text rules.
  'x-credential',
  // Names a sibling whose presence makes this value ignored, and so not checked (a seed's rule).
  'x-ignored-when',
  // An object also taken as a string holding its JSON (a seed that says "JSON string").
  'x-json-string',
]);
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/**
 * Refuses what the generated runtime checks could not enforce, so that the contract never promises
 * a rule the server does not hold: unknown keywords (oneOf, anyOf, const, uniqueItems, ...), unknown
 * formats, union types other than `[T, 'null']`, and, in requests, integers without both bounds,
 * objects that do not close their properties, and free-form objects. Nor may it leave out a header
 * the server always sends: X-TRANSACTION-ID on every answer, and the RateLimit fields on the
 * successful answers of an operation counted against the quota.
 */
export function assertEnforceable(doc: Schema): void {
  const components: Record<string, Schema> = doc.components?.schemas ?? {};
  const checked = new Map<Schema, boolean>();
  const problems: string[] = [];
  const refuse = (message: string) => problems.push(message);
  const visit = (schema: Schema | undefined, where: string, input: boolean): void => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.$ref) {
      if (Object.keys(schema).some((k) => k !== '$ref' && k !== 'description')) refuse(`${where}: a $ref cannot carry other keywords`);
      const target = components[refName(schema.$ref)];
      if (!target) return void refuse(`${where}: unresolved ${schema.$ref}`);
      // Seen as a request already, or seen at all and now only an answer: nothing new to check.
      if (checked.get(target) === true || (checked.has(target) && !input)) return;
      checked.set(target, input);
      return visit(target, `#/components/schemas/${refName(schema.$ref)}`, input);
    }
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key)) refuse(`${where}: the keyword ${key} cannot be enforced by the generated validators`);
    }
    const concrete = typesOf(schema).filter((t) => t !== 'null');
    if (concrete.length > 1 || concrete.some((t) => !TYPES.has(t)))
      refuse(`${where}: type ${JSON.stringify(schema.type)} cannot be enforced (one type, optionally with null)`);
    if (concrete.length === 0 && !Array.isArray(schema.enum)) refuse(`${where}: a schema needs a type`);
    const [type] = concrete;
    if (schema.format !== undefined) {
      if (type !== 'string') refuse(`${where}: format ${schema.format} on a ${type}`);
      if (!STRING_FORMATS[schema.format] && !DESCRIPTIVE_FORMATS.has(schema.format)) refuse(`${where}: format ${schema.format} has no runtime check`);
    }
    if (input && type === 'integer' && (schema.minimum === undefined || schema.maximum === undefined)) {
      refuse(`${where}: an integer in a request needs minimum and maximum`);
    }
    if (type === 'object') {
      const closed = isObjectWithProperties(schema);
      // In a request, a free-form object (the caller's own `assigned-to` data) says so with
      // additionalProperties: true; one with properties closes them, because the server refuses
      // unknown fields. Answers are serialized from their schema, which writes only declared
      // members: a free-form one must say so, or its contents would be dropped.
      if (input && closed && schema.additionalProperties !== false)
        refuse(`${where}: an object in a request must say additionalProperties: false (the server refuses unknown fields)`);
      if (input && !closed && schema.additionalProperties !== true) refuse(`${where}: a free-form object in a request must say additionalProperties: true`);
      if (!input && !closed && !schema.additionalProperties)
        refuse(`${where}: a free-form object in an answer must say additionalProperties: true (or a schema)`);
    }
    if (input && type === 'array' && schema.maxItems === undefined) refuse(`${where}: an array in a request needs maxItems`);
    for (const [name, inner] of Object.entries<Schema>(schema.properties ?? {})) visit(inner, `${where}.${name}`, input);
    if (schema.items) visit(schema.items, `${where}[]`, input);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}{}`, input);
  };
  for (const [path, item] of Object.entries<Schema>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      if (method === 'parameters' || typeof op !== 'object') continue;
      const label = `${method.toUpperCase()} ${path}`;
      for (const parameter of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const resolved = parameter.$ref ? doc.components.parameters[refName(parameter.$ref)] : parameter;
        visit(resolved.schema, `${label} ${resolved.in} parameter ${resolved.name}`, true);
      }
      for (const [mediaType, content] of Object.entries<Schema>(op.requestBody?.content ?? {})) {
        if (/json/.test(mediaType)) visit(content.schema, `${label} body`, true);
        else visit(content.schema, `${label} body`, false);
      }
      const counted = countsAgainstQuota(op.security ?? doc.security);
      for (const [status, response] of Object.entries<Schema>(op.responses ?? {})) {
        const resolved = response.$ref ? doc.components.responses[refName(response.$ref)] : response;
        for (const content of Object.values<Schema>(resolved?.content ?? {})) visit(content.schema, `${label} ${status}`, false);
        // Headers every such answer carries (the onRequest hook and the quota guard set them): listed,
        // so that clients know of them and the tests hold answers to them.
        const headers = Object.keys(resolved?.headers ?? {});
        const expected = ['X-TRANSACTION-ID', ...(counted && /^[23]/.test(status) ? ['RateLimit-Policy', 'RateLimit'] : [])];
        for (const header of expected.filter((name) => !headers.includes(name)))
          refuse(`${label} ${status}: the answer carries ${header}; list it in the response's headers`);
      }
    }
  }
  // Webhooks are requests this server makes: their bodies are answers it writes, held to the same rules.
  for (const [name, item] of Object.entries<Schema>(doc.webhooks ?? {})) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      for (const content of Object.values<Schema>(op.requestBody?.content ?? {})) visit(content.schema, `webhook ${name} ${method.toUpperCase()} body`, false);
    }
  }
  if (problems.length > 0) throw new Error(`The contract asks for what the generated code cannot hold:\n- ${[...new Set(problems)].join('\n- ')}`);
}
