import fc from 'fast-check';
import { firstDuplicateKey } from '../../src/contract/duplicate-json-keys.js';

describe('firstDuplicateKey', () => {
  it('finds none in any JSON that JSON.stringify writes, whose keys are unique by construction', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => firstDuplicateKey(JSON.stringify(value)) === undefined),
      { numRuns: 1000 },
    );
  });

  it('names the first key given twice in one object, by its path, wherever it is', () => {
    expect(firstDuplicateKey('{"a":1,"a":2}')).toBe('a');
    expect(firstDuplicateKey('{"a":{"x":1,"y":{},"x":[]}}')).toBe('a.x');
    expect(firstDuplicateKey('{"list":[{"k":1},{"k":1,"k":2}]}')).toBe('list[1].k');
    expect(firstDuplicateKey('[{"a":1},[{"b":1,"b":1}]]')).toBe('[1][0].b');
    // The first in document order, when there are several.
    expect(firstDuplicateKey('{"p":{"q":1,"q":2},"r":1,"r":2}')).toBe('p.q');
  });

  it('compares keys as decoded, so an escape is no way around it', () => {
    expect(firstDuplicateKey('{"a":1,"\\u0061":2}')).toBe('a');
    expect(firstDuplicateKey('{"na\\u00efve":1,"naïve":2}')).toBe('naïve');
  });

  it('lets the same key appear in different objects, and keys that only look alike', () => {
    expect(firstDuplicateKey('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}')).toBeUndefined();
    expect(firstDuplicateKey('{"A":1,"a":2,"a ":3}')).toBeUndefined();
    expect(firstDuplicateKey('{"a":"{\\"a\\":1,\\"a\\":2}"}')).toBeUndefined();
  });

  it('finds a key of any generated object given again at its end', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length];
        const text = JSON.stringify(object);
        // The key again, just before the object closes.
        const doubled = `${text.slice(0, -1)},${JSON.stringify(key)}:null}`;
        return firstDuplicateKey(doubled) === key;
      }),
      { numRuns: 500 },
    );
  });
});
