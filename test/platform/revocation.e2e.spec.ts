import { runClientsCommand } from '../../src/cli/clients-command.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startServersOnOneDatabase, type SharedDatabaseServers, type TestApp } from '../support/test-app.js';

const VERIFY = '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N';
// Each process trusts a checked credential for a minute: only the change notification can end it sooner.
const CACHE = { AUTH_CACHE_TTL_MS: '60000' };

describe('revocation, disabling and rotation hold in every process at once', () => {
  let deployment: SharedDatabaseServers;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    deployment = await startServersOnOneDatabase([CACHE, CACHE]);
    [first, second] = deployment.servers;
  });
  afterAll(async () => deployment?.close());

  /** How long until `second` refuses; fails after 15 s, far below the 60 s the cache alone would take. */
  async function msUntilRefused(request: () => Promise<number>): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 15_000) {
      if ((await request()) === 401) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('still accepted after 15 s');
  }

  it('refuses a token revoked through another process', async () => {
    const client = await createClient(first, { scopes: ['ielts:read'] });
    const issued = await call(first.http().post('/oauth/token').set('Authorization', basic(client)).type('form').send({ grant_type: 'client_credentials' }));
    const token = issued.body.access_token as string;
    const useOnSecond = async () => (await call(second.http().get(VERIFY).set('Authorization', `Bearer ${token}`))).status;
    expect(await useOnSecond()).toBe(404);
    expect((await call(first.http().post('/oauth/revoke').set('Authorization', basic(client)).type('form').send({ token }))).status).toBe(200);
    console.log(`revoked token refused by the other process after ${await msUntilRefused(useOnSecond)} ms`);
  });

  it('refuses a client disabled by the clients command, and a secret rotated without grace', async () => {
    const disabled: TestClient = await createClient(first, { scopes: ['ielts:read'] });
    const useDisabled = async () => (await call(second.http().get(VERIFY).set('Authorization', basic(disabled)))).status;
    expect(await useDisabled()).toBe(404);
    await runClientsCommand(['disable', disabled.clientId], first.running.app, first.config, () => undefined);
    console.log(`disabled client refused by another process after ${await msUntilRefused(useDisabled)} ms`);

    const rotated = await createClient(first, { scopes: ['ielts:read'] });
    const useOld = async () => (await call(second.http().get(VERIFY).set('Authorization', basic(rotated)))).status;
    expect(await useOld()).toBe(404);
    await runClientsCommand(['rotate', rotated.clientId, '--grace-hours', '0'], first.running.app, first.config, () => undefined);
    console.log(`rotated secret refused by another process after ${await msUntilRefused(useOld)} ms`);
  });
});
