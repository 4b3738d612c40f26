import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('error envelope, transaction ids and malformed input', () => {
  let app: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    app = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
    client = await createClient(app, { scopes: ['ielts:read'] });
  });
  afterAll(async () => {
    await app?.close();
  });

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

  it('answers malformed JSON with 60003', async () => {
    const response = await call(app.http().post('/oauth/token').set('Content-Type', 'application/json').send('{"grant_type": "client_credentials"}}'));
    expect(response.status).toBe(400);
    expect(response.body.errorCode).toBe(60003);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an unsupported Content-Type with 415/60004', async () => {
    const response = await call(app.http().post('/oauth/token').set('Content-Type', 'text/csv').send('a,b'));
    expect(response.status).toBe(415);
    expect(response.body.errorCode).toBe(60004);
  });

  it('answers a body over the limit with 413/60005', async () => {
    const response = await call(app.http().post('/oauth/token').send({ grant_type: 'client_credentials', scope: 'x'.repeat(5000) }));
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
    const typed = await call(app.http().get('/v1/ielts/result-verification?startDateTime=2020-01-01T00:00:00&endDateTime=2020-01-02T00:00:00&photoFlag=N&page=two').set('Authorization', auth));
    expect(typed.body).toMatchObject({ errorCode: 60001, details: [{ field: 'page', message: 'page must be an integer' }] });
    const repeated = await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N&photoFlag=Y').set('Authorization', auth));
    expect(repeated.status).toBe(400);
    expect(repeated.body.details[0].field).toBe('photoFlag');
  });

  it('answers an unknown route with 404/70404 in the envelope', async () => {
    const response = await call(app.http().get('/v1/nowhere'));
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ errorCode: 70404, instance: '/v1/nowhere' });
  });

  it('publishes the error catalogue, starting from the IELTS seed codes', async () => {
    const list = await call(app.http().get('/errors'));
    const codes = list.body.errors.map((entry: { errorCode: number }) => entry.errorCode);
    expect(codes).toEqual(expect.arrayContaining([60001, 70401, 70402, 70403, 70404, 60006, 70405, 70503, 70504, 70429]));
    const one = await call(app.http().get('/errors/70405'));
    expect(one.body).toEqual({ errorCode: 70405, status: 401, title: 'Expired access token', errorMessage: 'Message Not Processed: Access token expired. Please try again with valid token.' });
    expect((await call(app.http().get('/errors/99999'))).status).toBe(404);
  });
});
