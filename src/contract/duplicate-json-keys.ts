import { visit } from 'jsonc-parser';

/**
 * The path (`a.b[2].c`) of the first key given twice in one object of a JSON text, or undefined.
 * JSON.parse keeps the last of two, where another reader (a gateway's filter, the client's own
 * logs) may keep the first: the same body then says two things. RFC 8259 leaves it to the reader,
 * and I-JSON (RFC 7493) forbids it. Read by jsonc-parser's event parser (Microsoft's, behind VS
 * Code), which hands each key over decoded, so `"a"` and `"\u0061"` are one key; about 5 ms a MB.
 * Only text JSON.parse has accepted comes here.
 */
export function firstDuplicateKey(text: string): string | undefined {
  const keysOfOpenObjects: Array<Set<string>> = [];
  let duplicate: string | undefined;
  visit(text, {
    onObjectBegin: () => {
      keysOfOpenObjects.push(new Set());
    },
    onObjectEnd: () => {
      keysOfOpenObjects.pop();
    },
    onObjectProperty: (key, _offset, _length, _line, _column, pathSupplier) => {
      const keys = keysOfOpenObjects[keysOfOpenObjects.length - 1];
      if (!keys.has(key)) keys.add(key);
      else duplicate ??= fieldPath([...pathSupplier(), key]);
    },
  });
  return duplicate;
}

function fieldPath(segments: Array<string | number>): string {
  return segments.reduce<string>((path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}
