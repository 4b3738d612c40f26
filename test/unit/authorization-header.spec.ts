import { decodeBasic, parseAuthorization, presentedCredential } from '../../src/auth/authorization-header.js';

const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

describe('parseAuthorization', () => {
  it('reads Basic credentials, the secret being everything after the first colon (RFC 7617)', () => {
    expect(parseAuthorization(basic('client-1:s3cret'))).toEqual({ scheme: 'basic', clientId: 'client-1', secret: 's3cret' });
    expect(parseAuthorization(basic('client-1:a:b:c'))).toEqual({ scheme: 'basic', clientId: 'client-1', secret: 'a:b:c' });
    expect(parseAuthorization(`bAsIc ${Buffer.from('c:s').toString('base64')}`)).toEqual({ scheme: 'basic', clientId: 'c', secret: 's' });
  });

  it('reads a Bearer token, the scheme in any case', () => {
    expect(parseAuthorization('Bearer at_abc.def')).toEqual({ scheme: 'bearer', token: 'at_abc.def' });
    expect(parseAuthorization('bearer  at_x ')).toEqual({ scheme: 'bearer', token: 'at_x' });
  });

  it('tells an absent header from a malformed one', () => {
    for (const header of [undefined, '', '   ']) expect(parseAuthorization(header)).toEqual({ scheme: 'none' });
    for (const header of ['Basic', 'Bearer', 'Bearer a b', 'Digest abc', basic('no-colon'), basic(':secret'), basic('client:'), 'Basic !!!!', 'Token abc']) {
      expect(parseAuthorization(header)).toEqual({ scheme: 'malformed' });
    }
  });
});

describe('presentedCredential and decodeBasic', () => {
  it('keeps a Basic value as sent, checked and decoded only by decodeBasic', () => {
    const value = Buffer.from('client-1:s3cret').toString('base64');
    expect(presentedCredential(`basic ${value} `)).toEqual({ scheme: 'basic', encoded: value });
    expect(presentedCredential('Basic !!!!')).toEqual({ scheme: 'basic', encoded: '!!!!' });
    expect(decodeBasic(value)).toEqual({ scheme: 'basic', clientId: 'client-1', secret: 's3cret' });
    for (const encoded of ['!!!!', Buffer.from('no-colon').toString('base64'), 'YQ===']) expect(decodeBasic(encoded)).toEqual({ scheme: 'malformed' });
  });

  it('answers as parseAuthorization for every other header', () => {
    for (const header of [undefined, '', 'Bearer at_x', 'Token abc', 'Basic', 'Bearer a b'])
      expect(presentedCredential(header)).toEqual(parseAuthorization(header));
  });
});
