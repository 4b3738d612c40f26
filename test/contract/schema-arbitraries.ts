import fc from 'fast-check';

type Schema = Record<string, any>;

const DAY_MS = 86_400_000;
const day = fc.integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2090, 11, 31) / DAY_MS }).map((d) => new Date(d * DAY_MS + 3_600_000 * 9));

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  uuid: fc.uuid(),
  date: day.map((d) => d.toISOString().slice(0, 10)),
  'date-time': day.map((d) => d.toISOString()),
  'date-time-local': day.map((d) => d.toISOString().slice(0, 19)),
  email: fc.emailAddress().filter((e) => e.length <= 200 && /^[\x21-\x7e]+$/.test(e)),
  uri: fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= 400),
};

/** Values a schema accepts, as far as fast-check can say: what a well-behaved client sends. */
export function validValue(schema: Schema, components: Record<string, Schema>): fc.Arbitrary<unknown> {
  if (schema.$ref) return validValue(components[schema.$ref.split('/').pop()], components);
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes('null');
  const type = types.find((t) => t !== 'null');
  let arbitrary: fc.Arbitrary<unknown>;
  if (Array.isArray(schema.enum)) arbitrary = fc.constantFrom(...schema.enum.filter((v: unknown) => v !== null));
  else if (type === 'string') arbitrary = stringValue(schema);
  else if (type === 'integer') arbitrary = fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
  else if (type === 'number') {
    const min = schema.minimum ?? -1000;
    const max = schema.maximum ?? 1000;
    arbitrary = schema.multipleOf
      ? fc.integer({ min: Math.ceil(min / schema.multipleOf), max: Math.floor(max / schema.multipleOf) }).map((n) => n * schema.multipleOf)
      : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  } else if (type === 'boolean') arbitrary = fc.boolean();
  else if (type === 'array') {
    const minLength = schema.minItems ?? 0;
    arbitrary = fc.array(validValue(schema.items ?? {}, components), { minLength, maxLength: Math.min(schema.maxItems ?? 3, Math.max(minLength, 3)) });
  } else if (type === 'object') {
    const properties = Object.entries<Schema>(schema.properties ?? {});
    if (properties.length === 0)
      arbitrary = fc.dictionary(
        fc.string({ minLength: 1, maxLength: 10 }).filter((k) => /^\w+$/.test(k)),
        fc.string({ maxLength: 20 }),
        { maxKeys: 3 },
      );
    else
      arbitrary = fc.record(Object.fromEntries(properties.map(([name, inner]) => [name, validValue(inner, components)])), {
        requiredKeys: schema.required ?? [],
      });
  } else arbitrary = fc.constant('x');
  return nullable ? fc.option(arbitrary, { nil: null, freq: 5 }) : arbitrary;
}

function stringValue(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 200);
  const fits = (s: string) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
  if (schema.format && FORMATS[schema.format]) {
    const base = FORMATS[schema.format];
    return schema.pattern ? base.filter((s) => new RegExp(schema.pattern).test(s)) : base.filter(fits);
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
}

/** Values no client should send, and that must still get a clear 4xx: the probes of the hostile-input report and more. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    'x'.repeat(5000),
    '2027-02-30',
    '1254-58-16',
    '2019-09-31T06:12:25',
    '99999999999999999999999',
    '-1',
    '1e309',
    '',
    ' ',
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00',
    '%E0%A4%A',
    '<a>&amp;</a>',
    '\u202e',
    '😀'.repeat(30),
    'null',
    'NaN',
    '0x10',
    '٣',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ nested: { deeper: ['x'] } }),
);
