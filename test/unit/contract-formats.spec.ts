import { isCalendarDate, isDateTime, isHttpUrl, isLocalDateTime } from '../../src/contract/formats.js';
import { findIllFormedText, jsonDepth } from '../../src/contract/well-formed-text.js';
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

  it('finds NUL characters and unpaired surrogates in values and keys, and measures depth without recursion', () => {
    expect(findIllFormedText({ a: ['ok', 'emoji 😀'] })).toBeUndefined();
    expect(findIllFormedText({ a: [{ b: 'x\u0000y' }] })).toBe('a[0].b');
    expect(findIllFormedText({ Email: '\ud800' })).toBe('Email');
    expect(findIllFormedText({ ['k\udc00']: 1 })).toBe('k\udc00');
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(jsonDepth(deep, 64)).toBe(65);
    expect(jsonDepth({ a: [1, { b: 2 }] }, 64)).toBe(3);
  });
});
