import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startServersOnOneDatabase, type SharedDatabaseServers, type TestApp } from '../support/test-app.js';

describe('security headers and caching', () => {
  let deployment: SharedDatabaseServers;
  let app: TestApp;
  let https: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    deployment = await startServersOnOneDatabase([{}, { PUBLIC_BASE_URL: 'https://api.example.org', CORS_ORIGINS: 'https://portal.example.org' }]);
    [app, https] = deployment.servers;
    client = await createClient(app, { scopes: ['ielts:read'] });
  });
  afterAll(async () => deployment?.close());

  it('answers with nosniff, no framing, a CSP and no-store, errors included', async () => {
    const ok = await call(app.http().get('/v1/ielts/country-codes').set('Authorization', basic(client)));
    const refused = await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N'));
    for (const response of [ok, refused]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('lets the explorer and the contract be cached, and cannot be framed', async () => {
    const docs = await app.http().get('/docs/');
    expect(docs.status).toBe(200);
    expect(docs.headers['cache-control']).not.toBe('no-store');
    expect(docs.headers['x-frame-options']).toBe('DENY');
    expect((await app.http().get('/openapi.json')).headers['cache-control']).not.toBe('no-store');
  });

  it('sends HSTS when the public address is https, and CORS only to listed origins', async () => {
    const response = await call(https.http().get('/health/live').set('Origin', 'https://portal.example.org'));
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['access-control-allow-origin']).toBe('https://portal.example.org');
    const stranger = await call(https.http().get('/health/live').set('Origin', 'https://evil.example'));
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });
});
