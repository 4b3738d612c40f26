/**
 * Text PostgreSQL can store and every layer can handle: no NUL (PostgreSQL refuses it in text) and
 * no unpaired UTF-16 surrogate (it has no UTF-8 form; validator.js throws on some).
 */
// The NUL is the point of this pattern.
// eslint-disable-next-line no-control-regex
const ILL_FORMED = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isWellFormedText(value: string): boolean {
  return !ILL_FORMED.test(value);
}

const NO_FIELDS: ReadonlySet<string> = new Set();

/**
 * The path (`a.b[2].c`) of the first string, key or value, in a parsed input that is not
 * well-formed text, in document order (a key before its value); undefined when all are. Fields in
 * `skip` (credentials, which the handler refuses as invalid credentials) are not looked into.
 */
export function findIllFormedText(input: unknown, skip: ReadonlySet<string> = NO_FIELDS): string | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input) || Buffer.isBuffer(input)) return findInDocument(input, skip);
  // Every request's query or path parameters come here: one level of strings, read without a stack.
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value !== 'string') return findInDocument(input, skip);
    if (!isWellFormedText(key) || (!skip.has(key) && !isWellFormedText(value))) return key;
  }
  return undefined;
}

/**
 * findIllFormedText over any document. Iterative, so a deep document cannot overflow the stack: the
 * pending values, their paths and their keys are kept in three plain arrays.
 */
function findInDocument(input: unknown, skip: ReadonlySet<string>): string | undefined {
  const values: unknown[] = [input];
  const paths: string[] = [''];
  // The key a pending value is held under, checked just before the value; undefined for array items.
  const keys: Array<string | undefined> = [undefined];
  while (values.length > 0) {
    const value = values.pop();
    const path = paths.pop()!;
    const key = keys.pop();
    if (key !== undefined && !isWellFormedText(key)) return path;
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) return path || '(value)';
    } else if (!value || typeof value !== 'object' || Buffer.isBuffer(value)) {
      continue;
    } else if (Array.isArray(value)) {
      // Pushed last first, so that the first is looked at first.
      for (let i = value.length - 1; i >= 0; i--) {
        values.push(value[i]);
        paths.push(`${path}[${i}]`);
        keys.push(undefined);
      }
    } else {
      const own = Object.keys(value);
      for (let i = own.length - 1; i >= 0; i--) {
        const at = path ? `${path}.${own[i]}` : own[i];
        values.push(skip.has(at) ? undefined : (value as Record<string, unknown>)[own[i]]);
        paths.push(at);
        keys.push(own[i]);
      }
    }
  }
  return undefined;
}

/** How deep a parsed JSON value nests (a scalar is 0, `{}` and `[]` are 1), counted without recursion. */
export function jsonDepth(input: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[input, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const inner of Array.isArray(value) ? value : Object.values(value)) if (inner && typeof inner === 'object') stack.push([inner, level]);
  }
  return deepest;
}
