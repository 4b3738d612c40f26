import { malformedWeight, negotiateMediaType } from '../../src/contract/accept-negotiation.js';
import { escapeXml, xmlElement } from '../../src/common/xml.js';

describe('negotiateMediaType', () => {
  const offered = ['application/json', 'application/xml'];
  it.each([
    [undefined, 'application/json'],
    ['application/xml', 'application/xml'],
    ['application/*', 'application/json'],
    ['*/*', 'application/json'],
    ['application/json;q=0.2, application/xml;q=0.9', 'application/xml'],
    ['application/xml;q=0, */*', 'application/json'],
    ['text/html', undefined],
    ['application/json;q=0', undefined],
    ['', 'application/json'],
    ['APPLICATION/XML', 'application/xml'],
    // Equal quality and specificity: the caller's order decides, as in Express and Koa.
    ['application/xml;q=0.5, application/json;q=0.5', 'application/xml'],
    ['text/*, application/xml;q=0.1', 'application/xml'],
  ])('%s picks %s', (accept, expected) => expect(negotiateMediaType(accept, offered)).toBe(expected));
});

describe('malformedWeight', () => {
  it.each([
    ['application/json', undefined],
    ['application/json;q=0, */*;q=1.000', undefined],
    ['application/xml; Q = 0.125 , text/html;q=1.', undefined],
    ['*/*;q=abc', 'abc'],
    ['application/json;q=0.5, */*;q=2', '2'],
    ['application/json;q=0.1234', '0.1234'],
    ['application/json;q=', ''],
    ['application/json;level=1;q=1.5', '1.5'],
  ])('%s: %s', (accept, expected) => expect(malformedWeight(accept)).toBe(expected));
});

describe('xmlElement', () => {
  it('names array items by their singular and leaves nulls out', () => {
    expect(xmlElement('root', { results: [{ a: 1, b: null }, { a: 'x<y' }], summary: { n: 2 } })).toBe(
      '<root><results><result><a>1</a></result><result><a>x&lt;y</a></result></results><summary><n>2</n></summary></root>',
    );
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
