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

/**
 * The path (`a.b[2].c`) of the first string, key or value, in a parsed input that is not
 * well-formed text; undefined when all are. Fields in `skip` (credentials, which the handler refuses
 * as invalid credentials) are not looked into. Iterative, so a deep document cannot overflow the stack.
 */
export function findIllFormedText(input: unknown, skip: ReadonlySet<string> = new Set()): string | undefined {
  const stack: Array<[unknown, string]> = [[input, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) return path || '(value)';
    } else if (Buffer.isBuffer(value)) {
      continue;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}[${i}]`]);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (!isWellFormedText(key)) return at;
        if (!skip.has(at)) stack.push([inner, at]);
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
