import fc from 'fast-check';
import { isCalendarDate, isDateTime, isHttpUrl, isLocalDateTime } from '../../src/contract/formats.js';
import { findIllFormedText, isWellFormedText, jsonDepth } from '../../src/contract/well-formed-text.js';
import { toIntegerParameter } from '../../src/contract/validators.js';

describe('contract formats', () => {
  it('accepts only days that exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-02-30')).toBe(false);
    expect(isCalendarDate('1254-58-16')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
  });

  it('reads RFC 3339 date-times with an offset, and local ones without', () => {
    expect(isDateTime('2027-03-01T09:00:00Z')).toBe(true);
    expect(isDateTime('2027-03-01T09:00:00.250+01:00')).toBe(true);
    expect(isDateTime('2027-03-01T09:00:00')).toBe(false);
    expect(isDateTime('2027-02-30T09:00:00Z')).toBe(false);
    expect(isDateTime('2027-03-01T24:00:00Z')).toBe(false);
    expect(isDateTime('2027-03-01')).toBe(false);
    expect(isLocalDateTime('2019-09-24T06:12:25')).toBe(true);
    expect(isLocalDateTime('2019-09-31T06:12:25')).toBe(false);
    expect(isLocalDateTime('2019-09-24T06:60:25')).toBe(false);
  });

  it('takes only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://hooks.example.org/itep')).toBe(true);
    expect(isHttpUrl('ftp://example.org')).toBe(false);
    expect(isHttpUrl('http://')).toBe(false);
  });

  it('converts only plain safe integers from query strings', () => {
    expect(toIntegerParameter('42')).toBe(42);
    expect(toIntegerParameter('-3')).toBe(-3);
    for (const text of ['99999999999999999999999', '1e3', '0x10', ' 4', '', '1.5']) expect(toIntegerParameter(text)).toBe(text);
  });

  it('finds NUL characters and unpaired surrogates in values and keys', () => {
    expect(findIllFormedText({ a: ['ok', 'emoji 😀'] })).toBeUndefined();
    expect(findIllFormedText({ a: [{ b: 'x\u0000y' }] })).toBe('a[0].b');
    expect(findIllFormedText({ Email: '\ud800' })).toBe('Email');
    expect(findIllFormedText({ ['k\udc00']: 1 })).toBe('k\udc00');
    expect(findIllFormedText('x\u0000')).toBe('(value)');
    expect(findIllFormedText({ password: '\u0000' }, new Set(['password']))).toBeUndefined();
  });

  it('names the first ill-formed text in document order, a key before its value', () => {
    expect(findIllFormedText({ a: 'x\u0000', b: '\ud800' })).toBe('a');
    expect(findIllFormedText({ a: { x: 'ok', y: '\u0000' }, ['k\udc00']: 1 })).toBe('a.y');
    expect(findIllFormedText(['ok', '\u0000', '\ud800'])).toBe('[1]');
    expect(findIllFormedText({ ['k\udc00']: '\u0000' })).toBe('k\udc00');
    expect(findIllFormedText({ list: [{ b: 'ok' }, { b: '\ud800' }], z: '\u0000' })).toBe('list[1].b');
    // A flat record of strings (parameters) and one that turns out not to be flat, past its first members.
    expect(findIllFormedText({ a: 'ok', b: '\u0000', c: '\ud800' })).toBe('b');
    expect(findIllFormedText({ a: 'ok', b: ['x', '\u0000'], c: '\ud800' })).toBe('b[1]');
    expect(findIllFormedText({ a: 'ok', password: '\u0000', c: 'ok' }, new Set(['password']))).toBeUndefined();
  });

  it('names what a plain recursive walk in document order names, for any JSON document', () => {
    // Strings drawn from a few ill-formed and well-formed pieces, so that most documents hold some of each.
    const text = fc.constantFrom('ok', 'é', '😀', '\u0000', '\ud800', '\udc00x', 'a\ud83d');
    const document = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
    })).value;
    const walk = (value: unknown, path: string): string | undefined => {
      if (typeof value === 'string') return isWellFormedText(value) ? undefined : path || '(value)';
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const found = walk(value[i], `${path}[${i}]`);
          if (found !== undefined) return found;
        }
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          const at = path ? `${path}.${key}` : key;
          if (!isWellFormedText(key)) return at;
          const found = walk(inner, at);
          if (found !== undefined) return found;
        }
      }
      return undefined;
    };
    fc.assert(
      fc.property(document, (input) => expect(findIllFormedText(input)).toBe(walk(input, ''))),
      { numRuns: 2000 },
    );
  });

  it('measures depth without recursion', () => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(jsonDepth(deep, 64)).toBe(65);
    expect(jsonDepth({ a: [1, { b: 2 }] }, 64)).toBe(3);
  });
});
