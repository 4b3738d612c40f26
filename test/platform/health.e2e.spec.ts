import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health, metrics and the served contract', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers liveness and readiness without authentication', async () => {
    expect((await call(app.http().get('/health/live'))).body).toEqual({ status: 'ok' });
    expect((await call(app.http().get('/health/ready'))).body).toEqual({ status: 'ok', checks: { database: 'ok', process: 'ok' } });
  });

  it('exposes Prometheus request counts and latency by route template and status', async () => {
    const client = await createClient(app, { scopes: ['ielts:read'] });
    await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N').set('Authorization', basic(client)));
    const response = await call(app.http().get('/metrics'));
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toMatch(/http_requests_total\{method="GET",route="\/v1\/ielts\/result-verification",status="404"\} 1/);
    expect(response.text).toContain('http_request_duration_seconds_bucket');
  });

  it('serves the bundled contract as JSON and YAML, and Swagger UI with both schemes', async () => {
    const json = await app.http().get('/openapi.json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toBe('3.1.0');
    expect(Object.keys(json.body.components.securitySchemes)).toEqual(expect.arrayContaining(['basicAuth', 'bearerAuth']));
    expect(json.body.paths['/v1/ielts/result-verification'].get.operationId).toBe('getResultVerification');
    const yaml = await app.http().get('/openapi.yaml');
    expect(yaml.text).toContain('openapi: 3.1.0');
    const docs = await app.http().get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
  });
});
