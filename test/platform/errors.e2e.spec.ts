import { gzipSync } from 'node:zlib';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call, contractCheckingFetch } from '../support/contract.js';
import { rawCall } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('error envelope, transaction ids and malformed input', () => {
  let app: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    app = await startTestApp({ BODY_LIMIT_BYTES: '2048', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
    client = await createClient(app, { scopes: ['ielts:read'] });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A body sent as these bytes: supertest would write a Buffer out as JSON. */
  function postBytes(path: string, headers: Record<string, string>, body: Buffer): Promise<Response> {
    return contractCheckingFetch(`${app.baseUrl}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
  }

  it('echoes a valid X-TRANSACTION-ID on the response and in the error body', async () => {
    const response = await call(app.http().get('/v1/ielts/result-verification').set('X-TRANSACTION-ID', 'ats-run-42.item:7'));
    expect(response.headers['x-transaction-id']).toBe('ats-run-42.item:7');
    expect(response.body.transactionId).toBe('ats-run-42.item:7');
  });

  it('assigns a UUID when none is sent', async () => {
    const response = await call(app.http().get('/health/live'));
    expect(response.headers['x-transaction-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an unsafe or oversized X-TRANSACTION-ID with 60010', async () => {
    for (const value of ['abc', 'x'.repeat(129), 'has space', '<script>']) {
      const response = await call(app.http().get('/health/live').set('X-TRANSACTION-ID', value));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ errorCode: 60010, details: [{ location: 'header', field: 'X-TRANSACTION-ID' }] });
      expect(response.headers['x-transaction-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers malformed JSON with 60003, saying where the parser stopped', async () => {
    const response = await call(app.http().post('/oauth/token').set('Content-Type', 'application/json').send('{"grant_type": "client_credentials"}}'));
    expect(response.status).toBe(400);
    expect(response.body.errorCode).toBe(60003);
    expect(response.body.detail).toMatch(/^The request body is not valid JSON: .*position 36/);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a JSON body that is not UTF-8, naming the first byte that is not, rather than storing U+FFFD in its place', async () => {
    const latin1 = Buffer.from('{"token":"Jos\u00e9 Mu\u00f1oz"}', 'latin1');
    // A U+FFFD sent as such (EF BF BD) is text; the first byte that is not UTF-8 comes after it.
    const afterReplacement = Buffer.concat([Buffer.from('{"a":"\ufffd","token":"'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const cutShort = Buffer.concat([Buffer.from('{"token":"x"}'), Buffer.from([0xe2, 0x82])]);
    for (const [body, byte, offset] of [
      [latin1, 0xe9, latin1.indexOf(0xe9)],
      [afterReplacement, 0xe9, afterReplacement.indexOf(0xe9)],
      [cutShort, 0xe2, 13],
    ] as const) {
      const response = await postBytes('/oauth/revoke', { Authorization: basic(client), 'Content-Type': 'application/json' }, body);
      const problem = await response.json();
      expect({ status: response.status, errorCode: problem.errorCode }).toEqual({ status: 400, errorCode: 60003 });
      expect(problem.detail).toContain(`not UTF-8, as JSON must be (RFC 8259): byte 0x${byte.toString(16)} at offset ${offset} is not`);
    }
  });

  it('refuses a __proto__ or constructor.prototype key as what it is, not as malformed JSON (60002)', async () => {
    for (const body of ['{"token":"x","__proto__":{"admin":true}}', '{"token":"x","constructor":{"prototype":{"admin":true}}}']) {
      const response = await call(app.http().post('/oauth/revoke').set('Authorization', basic(client)).set('Content-Type', 'application/json').send(body));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ errorCode: 60002, detail: expect.stringMatching(/"__proto__" key, or a "constructor" key holding "prototype"/) });
    }
  });

  it('authenticates before it judges a body: malformed, empty or too deep', async () => {
    const admin = await createClient(app, { scopes: ['ielts:admin'], orgKind: 'exam_board', orgCode: 'BOARD-ERR' });
    const result = '/v1/ielts/admin/results/19GB123456SMIT001A';
    const anonymous = await call(app.http().put(result).set('Content-Type', 'application/json').send('{"a":'));
    expect(anonymous.status).toBe(401);
    const malformed = await call(app.http().put(result).set('Authorization', basic(admin)).set('Content-Type', 'application/json').send('{"a":'));
    expect(malformed.body.errorCode).toBe(60003);
    const path = '/v1/ielts/result-verification';
    const deep = `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`; // the body limit here is 2 KB
    for (const authorization of [undefined, basic(client)]) {
      let request = app.http().post('/oauth/revoke').set('Content-Type', 'application/json');
      if (authorization) request = request.set('Authorization', authorization);
      const response = await call(request.send(deep));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ errorCode: 60002, detail: 'The request body nests deeper than 64 levels.' });
    }
    // An empty JSON body on an operation without one is no body at all.
    const empty = await call(
      app.http().get(`${path}?trfNumber=17UZ010772RAKN025A&photoFlag=N`).set('Authorization', basic(client)).set('Content-Type', 'application/json'),
    );
    expect(empty.status).toBe(404);
  });

  it('answers NUL characters and unpaired surrogates with 4xx naming where they were, never reaching the database', async () => {
    const nulBasic = `Basic ${Buffer.from(`${client.clientId}\u0000:${client.secret}`).toString('base64')}`;
    expect(
      (await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N').set('Authorization', nulBasic))).body.errorCode,
    ).toBe(70401);
    const query = await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN%00&photoFlag=N').set('Authorization', basic(client)));
    expect(query.body).toMatchObject({ errorCode: 60001, details: [{ location: 'query', field: 'trfNumber' }] });
    // In the token endpoint's body they are credentials: invalid_client, as RFC 6749 says.
    const token = await call(app.http().post('/oauth/token').type('form').send('grant_type=client_credentials&client_id=a%00b&client_secret=x'));
    expect(token.body).toMatchObject({ errorCode: 70401, error: 'invalid_client' });
    const surrogate = await call(
      app
        .http()
        .post('/oauth/token')
        .set('Content-Type', 'application/json')
        .send('{"grant_type":"client_credentials","client_id":"x","client_secret":"\\ud800"}'),
    );
    expect(surrogate.body).toMatchObject({ errorCode: 70401, error: 'invalid_client' });
    const scope = await call(
      app.http().post('/oauth/token').set('Content-Type', 'application/json').send('{"grant_type":"client_credentials","scope":"a\\u0000b"}'),
    );
    expect(scope.body).toMatchObject({ errorCode: 60002, details: [{ location: 'body', field: 'scope' }] });
  });

  it('keeps impossible dates and numbers past their bounds away from the database', async () => {
    const auth = basic(client);
    const date = await call(
      app.http().get('/v1/ielts/result-verification?startDateTime=2027-02-30T00:00:00&endDateTime=2027-03-01T00:00:00&photoFlag=N').set('Authorization', auth),
    );
    expect(date.body).toMatchObject({ errorCode: 60001, details: [{ field: 'startDateTime' }] });
    const huge = await call(
      app
        .http()
        .get('/v1/ielts/result-verification?startDateTime=2027-01-01T00:00:00&endDateTime=2027-03-01T00:00:00&photoFlag=N&page=99999999999999999999999')
        .set('Authorization', auth),
    );
    expect(huge.body).toMatchObject({ errorCode: 60001, details: [{ field: 'page' }] });
  });

  it('refuses null where a field may only be left out, and accepts it where the contract allows null', async () => {
    const owner = await createClient(app, { scopes: ['events:read', 'events:write'] });
    const auth = basic(owner);
    const created = await call(
      app
        .http()
        .post('/v1/webhook-endpoints')
        .set('Authorization', auth)
        .send({ url: 'http://127.0.0.1:9/hooks', events: ['ielts.result.shared'] }),
    );
    expect(created.body).toMatchObject({ id: expect.any(String) });
    const path = `/v1/webhook-endpoints/${created.body.id}`;
    const url = await call(app.http().patch(path).set('Authorization', auth).send({ url: null }));
    expect(url.status).toBe(400);
    expect(url.body).toMatchObject({ errorCode: 60002, details: [{ location: 'body', field: 'url' }] });
    const events = await call(app.http().patch(path).set('Authorization', auth).send({ events: null }));
    expect(events.body).toMatchObject({ errorCode: 60002, details: [{ location: 'body', field: 'events' }] });
    const cleared = await call(app.http().patch(path).set('Authorization', auth).send({ description: null }));
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ url: 'http://127.0.0.1:9/hooks', description: null });
  });

  it('refuses a key given twice in one object 400/60002 naming it, where the last was taken unseen', async () => {
    const owner = await createClient(app, { scopes: ['events:read', 'events:write'] });
    const body = '{"url":"http://127.0.0.1:9/hooks","events":["ielts.result.shared"],"url":"http://127.0.0.1:9/elsewhere"}';
    const post = (authorization?: string) => {
      const request = app.http().post('/v1/webhook-endpoints').set('Content-Type', 'application/json');
      return call((authorization ? request.set('Authorization', authorization) : request).send(body));
    };
    // An anonymous caller learns 401, not how its body was judged.
    expect((await post()).status).toBe(401);
    const doubled = await post(basic(owner));
    expect(doubled.status).toBe(400);
    expect(doubled.body).toMatchObject({
      errorCode: 60002,
      detail: 'The request body gives url more than once; send each field once.',
      details: [{ location: 'body', field: 'url', message: 'is given more than once' }],
    });
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM webhook_endpoints WHERE url LIKE $1', ['%elsewhere%']);
    expect(count).toBe(0);
  });

  it('refuses a body that is JSON null as no object, where it was read as no body at all', async () => {
    const owner = await createClient(app, { scopes: ['events:read', 'events:write'] });
    const send = (path: string, body: string) =>
      call(app.http().post(path).set('Authorization', basic(owner)).set('Content-Type', 'application/json').send(body));
    // The body is required here, and was answered as an object with its fields missing.
    const required = await send('/v1/webhook-endpoints', 'null');
    expect(required.status).toBe(400);
    expect(required.body).toMatchObject({ errorCode: 60002, detail: 'The request body must be a JSON object, not null.' });
    const list = await send('/v1/webhook-endpoints', '[]');
    expect(list.body).toMatchObject({ errorCode: 60002, detail: 'The request body must be a JSON object, not an array.' });
    // Optional here: no body at all takes the defaults, but null was taken for no body.
    const booking = await createClient(app, { scopes: ['booking:read'], orgKind: 'centre', orgCode: 'CEN-NULL' });
    const count = (body?: string) => {
      const request = app.http().post('/api/registrations/count').set('Authorization', basic(booking));
      return call(body === undefined ? request : request.set('Content-Type', 'application/json').send(body));
    };
    expect((await count()).status).toBe(200);
    const nullCount = await count('null');
    expect(nullCount.status).toBe(400);
    expect(nullCount.body).toMatchObject({ errorCode: 60002, detail: 'The request body must be a JSON object, not null.' });
  });

  it('answers what the router and the HTTP parser refuse in the envelope, with a transaction id', async () => {
    const longParameter = await call(app.http().put(`/v1/ielts/admin/results/${'A'.repeat(150)}/shares/5010`));
    expect(longParameter.status).toBe(414);
    expect(longParameter.body.errorCode).toBe(60012);
    const badEncoding = await call(app.http().put('/v1/ielts/admin/results/%E0%A4%A/shares/5010'));
    expect(badEncoding.body.errorCode).toBe(60011);
    const longUrl = await call(app.http().get(`/v1/ielts/result-verification?photoFlag=N&trfNumber=${'A'.repeat(17_000)}`));
    expect(longUrl.status).toBe(431);
    expect(longUrl.body.errorCode).toBe(60013);
    expect(longUrl.headers['x-transaction-id']).toBe(longUrl.body.transactionId);
    const unknown = await call(app.http().get('/v1/nothing-here'));
    expect(unknown.body.errorCode).toBe(70404);
    const method = await call(app.http().patch('/v1/ielts/result-verification'));
    expect(method.status).toBe(405);
    expect(method.headers.allow).toBe('GET, HEAD');
    for (const response of [longParameter, badEncoding, unknown, method]) expect(response.headers['x-transaction-id']).toBe(response.body.transactionId);
  });

  it('answers a CONNECT request, or one Node cannot parse, in the envelope with the headers every answer has', async () => {
    // Its target (host:port) is no path of the contract's: only the envelope can answer it.
    const answer = await rawCall(app.baseUrl, 'CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errorCode: 60011, status: 400, detail: "CONNECT is a proxy's method, and this server is not a proxy." });
    expect(answer.headers.get('x-transaction-id')).toBe(answer.body.transactionId);
    expect(answer.headers.get('connection')).toBe('close');
    // The headers every answer carries, and a Date (RFC 9110, section 6.6.1), as routes' answers have.
    const routed = await call(app.http().get('/v1/nothing-here'));
    for (const name of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy', 'cache-control'])
      expect(answer.headers.get(name)).toBe(routed.headers[name]);
    expect(Math.abs(Date.parse(answer.headers.get('date')!) - Date.now())).toBeLessThan(60_000);
    const unparsable = await rawCall(app.baseUrl, 'GET /health/live HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n');
    expect(unparsable.status).toBe(400);
    expect(unparsable.headers.get('x-content-type-options')).toBe('nosniff');
    expect(unparsable.headers.get('date')).toMatch(/ GMT$/);
  });

  it('answers an HTTP/1.1 request without Host 400/60010 in the envelope, where Node answered a bare 400', async () => {
    const answer = await rawCall(app.baseUrl, 'GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errorCode: 60010,
      detail: 'Host is required in an HTTP/1.1 request (RFC 9112, section 3.2).',
      details: [{ location: 'header', field: 'Host', message: 'is required in an HTTP/1.1 request (RFC 9112, section 3.2)' }],
    });
    expect(answer.headers.get('x-transaction-id')).toBe(answer.body.transactionId);
    // HTTP/1.0 has no such rule.
    const older = await rawCall(app.baseUrl, 'GET /health/live HTTP/1.0\r\n\r\n');
    expect(older.status).toBe(200);
  });

  it('refuses a Host, Authorization or Content-Type given twice 400/60010 naming it, where Node used the first unseen', async () => {
    const twoHosts = await rawCall(app.baseUrl, 'GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    expect(twoHosts.status).toBe(400);
    expect(twoHosts.body).toMatchObject({
      errorCode: 60010,
      detail: 'Host 127.0.0.1, evil.example must be given once, as a host name or address with an optional port (RFC 9112, section 3.2).',
      details: [{ location: 'header', field: 'Host', message: 'must be given once, as a host name or address with an optional port (RFC 9112, section 3.2)' }],
    });
    expect(twoHosts.headers.get('x-transaction-id')).toBe(twoHosts.body.transactionId);
    // RFC 9112 refuses two Hosts in any version, and a Host that is no host.
    const older = await rawCall(app.baseUrl, 'GET /health/live HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n');
    expect(older.status).toBe(400);
    const notAHost = await rawCall(app.baseUrl, 'GET /health/live HTTP/1.1\r\nHost: a/b\r\nConnection: close\r\n\r\n');
    expect(notAHost.body).toMatchObject({ errorCode: 60010, details: [{ field: 'Host' }] });
    // The forms a Host takes are served: a name, an address with a port, an IP literal, and empty.
    for (const host of ['example.org', '127.0.0.1:3000', '[::1]:8080', '']) {
      const served = await rawCall(app.baseUrl, `GET /health/live HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(served.status).toBe(200);
    }
    // A valid credential first and another after it: neither is taken.
    const twoCredentials = await rawCall(
      app.baseUrl,
      `GET /v1/ielts/country-codes HTTP/1.1\r\nHost: x\r\nAuthorization: ${basic(client)}\r\nAuthorization: Bearer other\r\nConnection: close\r\n\r\n`,
    );
    expect(twoCredentials.status).toBe(400);
    expect(twoCredentials.body).toMatchObject({
      errorCode: 60010,
      detail: 'Authorization must be given once, with one Basic or Bearer credential.',
      details: [{ location: 'header', field: 'Authorization', message: 'must be given once, with one Basic or Bearer credential' }],
    });
    const twoTypes = await rawCall(
      app.baseUrl,
      'POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(twoTypes.status).toBe(400);
    expect(twoTypes.body).toMatchObject({
      errorCode: 60010,
      detail: 'Content-Type application/json, text/plain must be given once, naming one media type.',
      details: [{ location: 'header', field: 'Content-Type' }],
    });
  });

  it('answers an expectation it cannot meet 400/60010 in the envelope, where Node answered a bare 417', async () => {
    const request =
      'POST /oauth/token HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}';
    const answer = await rawCall(app.baseUrl, request);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      errorCode: 60010,
      detail: 'Expect 200-ok cannot be met; Expect can only be 100-continue.',
      details: [{ location: 'header', field: 'Expect', message: 'can only be 100-continue' }],
    });
  });

  it('refuses a transfer coding other than chunked with 415/60004, where Node handed the body on still compressed', async () => {
    const gzipped = gzipSync('{}');
    const head = 'POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n';
    const chunked = Buffer.concat([Buffer.from(`${head}${gzipped.length.toString(16)}\r\n`), gzipped, Buffer.from('\r\n0\r\n\r\n')]);
    const answer = await rawCall(app.baseUrl, chunked);
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({
      errorCode: 60004,
      detail: 'Transfer-Encoding gzip, chunked is not accepted: send the body uncompressed, in chunks or with a Content-Length.',
      details: [{ location: 'header', field: 'Transfer-Encoding', message: 'must be chunked, or left out' }],
    });
    // Chunks alone are how a body of unknown length comes.
    const plain =
      'POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n';
    const served = await rawCall(app.baseUrl, plain);
    expect(served.status).toBe(400);
    expect(served.body).toMatchObject({ errorCode: 60002, detail: 'grant_type is required' });
  });

  it('answers an Accept with a malformed weight 400/60010 naming it, and one that accepts nothing served 406/60007', async () => {
    const auth = basic(client);
    const malformed = await call(app.http().get('/v1/ielts/country-codes').set('Authorization', auth).set('Accept', 'application/json;q=abc'));
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      errorCode: 60010,
      detail: 'Accept has the weight q=abc, but each q must be a number from 0 to 1 with at most three decimals (RFC 9110, section 12.4.2).',
      details: [{ location: 'header', field: 'Accept' }],
    });
    const refused = await call(app.http().get('/v1/ielts/country-codes').set('Authorization', auth).set('Accept', 'application/json;q=0'));
    expect(refused.status).toBe(406);
    expect(refused.body.errorCode).toBe(60007);
    // A malformed weight beside an acceptable range is no obstacle.
    const served = await call(app.http().get('/v1/ielts/country-codes').set('Authorization', auth).set('Accept', 'text/html;q=x, application/json'));
    expect(served.status).toBe(200);
  });

  it('answers an unsupported Content-Type with 415/60004', async () => {
    const response = await call(app.http().post('/oauth/token').set('Content-Type', 'text/csv').send('a,b'));
    expect(response.status).toBe(415);
    expect(response.body.errorCode).toBe(60004);
  });

  it('refuses a compressed body with 415/60004 and Accept-Encoding: identity, rather than reading it as JSON', async () => {
    const owner = await createClient(app, { scopes: ['ielts:read'] });
    const form = { grant_type: 'client_credentials', client_id: owner.clientId, client_secret: owner.secret };
    for (const coding of ['gzip', 'x-gzip, identity', 'br']) {
      const response = await postBytes('/oauth/token', { 'Content-Type': 'application/json', 'Content-Encoding': coding }, gzipSync(JSON.stringify(form)));
      expect(response.status).toBe(415);
      expect(response.headers.get('accept-encoding')).toBe('identity');
      expect(await response.json()).toMatchObject({
        errorCode: 60004,
        detail: `Content-Encoding ${coding} is not accepted: send the body uncompressed.`,
        details: [{ location: 'header', field: 'Content-Encoding', message: 'must be identity, or left out' }],
      });
    }
    // identity is no coding at all, and a request without a body has nothing coded.
    const identity = await call(app.http().post('/oauth/token').set('Content-Encoding', 'identity').send(form));
    expect(identity.status).toBe(200);
    const noBody = await call(app.http().get('/health/live').set('Content-Encoding', 'gzip'));
    expect(noBody.status).toBe(200);
  });

  it('answers a body over the limit with 413/60005', async () => {
    const response = await call(
      app
        .http()
        .post('/oauth/token')
        .send({ grant_type: 'client_credentials', scope: 'x'.repeat(5000) }),
    );
    expect(response.status).toBe(413);
    expect(response.body.errorCode).toBe(60005);
  });

  it('names unknown, missing and ill-typed query parameters (60001)', async () => {
    const auth = basic(client);
    const unknown = await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N&colour=red').set('Authorization', auth));
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ location: 'query', field: 'colour', message: 'colour is not a known parameter' }]);
    const missing = await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A').set('Authorization', auth));
    expect(missing.body).toMatchObject({ errorCode: 60001, details: [{ field: 'photoFlag', message: 'photoFlag is required' }] });
    const typed = await call(
      app
        .http()
        .get('/v1/ielts/result-verification?startDateTime=2020-01-01T00:00:00&endDateTime=2020-01-02T00:00:00&photoFlag=N&page=two')
        .set('Authorization', auth),
    );
    expect(typed.body).toMatchObject({ errorCode: 60001, details: [{ field: 'page', message: 'page must be an integer' }] });
    const repeated = await call(
      app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N&photoFlag=Y').set('Authorization', auth),
    );
    expect(repeated.status).toBe(400);
    expect(repeated.body.details).toEqual([{ location: 'query', field: 'photoFlag', message: 'photoFlag is given 2 times; send it once' }]);
  });

  it('answers HEAD as the GET would, without a body, authenticated and counted as the GET is', async () => {
    const path = '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N';
    const get = await call(app.http().get(path).set('Authorization', basic(client)));
    const head = await call(app.http().head(path).set('Authorization', basic(client)));
    expect(head.status).toBe(get.status);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(head.text ?? '').toBe('');
    expect(Number(head.headers['ratelimit-remaining'])).toBe(Number(get.headers['ratelimit-remaining']) - 1);
    expect((await call(app.http().head(path))).status).toBe(401);
    // A path with no GET has no HEAD either.
    const noGet = await call(app.http().head('/oauth/token'));
    expect(noGet.status).toBe(405);
  });

  it('answers an unknown route with 404/70404 in the envelope', async () => {
    const response = await call(app.http().get('/v1/nowhere'));
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ errorCode: 70404, instance: '/v1/nowhere' });
  });

  it('answers a database error no rule expected with 60006, and logs its query and SQLSTATE but not the values it was given', async () => {
    const logged = await startTestApp({ LOG_LEVEL: 'error', WEBHOOK_ALLOW_PRIVATE_URLS: 'true' }, undefined, { captureLogs: true });
    try {
      const writer = await createClient(logged, { scopes: ['events:write'] });
      // A constraint the code knows nothing of stands for any bug that lets a write fail in the database.
      await logged.dataSource.query("ALTER TABLE webhook_endpoints ADD CONSTRAINT not_expected CHECK (description NOT LIKE '%@%')");
      const personal = 'mary.poppins@example.org';
      const response = await call(
        logged
          .http()
          .post('/v1/webhook-endpoints')
          .set('Authorization', basic(writer))
          .send({ url: 'http://127.0.0.1:9/hook', events: ['*'], description: `Admissions, ${personal}` }),
      );
      expect(response.status).toBe(500);
      expect(response.body.errorCode).toBe(60006);
      const [line] = logged.logs().filter((entry) => entry.transactionId === response.headers['x-transaction-id']);
      expect(line).toMatchObject({ level: 50, msg: 'unexpected error' });
      expect(line.err).toMatchObject({ code: '23514', constraint: 'not_expected', parameters: '[REDACTED]', detail: '[REDACTED]' });
      expect((line.err as { query: string }).query).toContain('webhook_endpoints');
      expect(JSON.stringify(logged.logs())).not.toContain(personal);
    } finally {
      await logged.close();
    }
  });

  it('publishes the error catalogue, starting from the IELTS seed codes', async () => {
    const list = await call(app.http().get('/errors'));
    const codes = list.body.errors.map((entry: { errorCode: number }) => entry.errorCode);
    expect(codes).toEqual(expect.arrayContaining([60001, 70401, 70402, 70403, 70404, 60006, 70405, 70503, 70504, 70429]));
    const one = await call(app.http().get('/errors/70405'));
    expect(one.body).toEqual({
      errorCode: 70405,
      status: 401,
      title: 'Expired access token',
      errorMessage: 'Message Not Processed: Access token expired. Please try again with valid token.',
    });
    expect((await call(app.http().get('/errors/99999'))).status).toBe(404);
  });
});
