import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('smoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves liveness', async () => {
    const response = await call(app.http().get('/health/live'));
    expect(response.status).toBe(200);
  });
});
