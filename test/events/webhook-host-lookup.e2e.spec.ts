import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startDnsServer, type DnsServer } from '../support/dns-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A webhook's host is the customer's, and so is its name server: the service asks DNS for it
 * directly (WEBHOOK_DNS_SERVERS, here a real DNS server on a loopback port), with a deadline
 * (WEBHOOK_DNS_TIMEOUT_MS), at registration and again at each delivery.
 */
describe('Webhook hosts: asked of DNS with a deadline, at registration and at delivery', () => {
  let dns: DnsServer;
  let app: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    dns = await startDnsServer(
      new Map<string, string[] | 'silent'>([
        ['hooks.customer.test', ['93.184.216.34']],
        ['intranet.customer.test', ['93.184.216.34', '10.9.8.7']],
        ['slow.customer.test', 'silent'],
      ]),
    );
    // The deadline is generous: the server answers in the same process, and a busy machine must not
    // turn its answer into a time-out. Only the silent name waits it out.
    app = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false', WEBHOOK_DNS_SERVERS: dns.address, WEBHOOK_DNS_TIMEOUT_MS: '3000' });
    client = await createClient(app, { scopes: ['events:write', 'events:read'] });
  });
  afterAll(async () => {
    await app?.close();
    await dns?.close();
  });

  const register = (url: string) =>
    call(
      app
        .http()
        .post('/v1/webhook-endpoints')
        .set('Authorization', basic(client))
        .send({ url, events: ['*'] }),
    );

  it('registers a host whose every address is public, as the configured name server gives them', async () => {
    const registered = await register('https://hooks.customer.test/events');
    expect(registered.status).toBe(201);
    expect(dns.queries).toEqual(expect.arrayContaining([{ name: 'hooks.customer.test', type: 'A' }]));
  });

  it('refuses a host with one private address among public ones, a name the server does not know, and one it never answers', async () => {
    const cases: Array<[string, RegExp]> = [
      ['https://intranet.customer.test/events', /points at 10\.9\.8\.7, a private, loopback or reserved address/],
      ['https://unknown.customer.test/events', /does not resolve \(unknown\.customer\.test\)$/],
      ['https://slow.customer.test/events', /does not resolve \(slow\.customer\.test: no answer for slow\.customer\.test within 3000 ms\)$/],
    ];
    for (const [url, reason] of cases) {
      const refused = await register(url);
      expect(refused.status).toBe(400);
      expect(refused.body.details[0]).toMatchObject({ location: 'body', field: 'url' });
      expect(refused.body.detail).toMatch(reason);
    }
    expect(dns.queries).toEqual(expect.arrayContaining([{ name: 'slow.customer.test', type: 'A' }]));
  });

  it('asks again at delivery: a name that now points into the network, or goes silent, is not posted to', async () => {
    const registered = await register('https://hooks.customer.test/ping');
    expect(registered.status).toBe(201);
    const ping = () => call(app.http().post(`/v1/webhook-endpoints/${registered.body.id}/test`).set('Authorization', basic(client)));

    dns.zone.set('hooks.customer.test', ['127.0.0.1']);
    const rebound = await ping();
    expect(rebound.status).toBe(200);
    expect(rebound.body).toMatchObject({ delivered: false, statusCode: null });
    expect(rebound.body.error).toMatch(/127\.0\.0\.1.*not allowed.*private/i);

    dns.zone.set('hooks.customer.test', 'silent');
    const silent = await ping();
    expect(silent.body).toMatchObject({ delivered: false, statusCode: null });
    expect(silent.body.error).toMatch(/no answer for hooks\.customer\.test within 3000 ms \(ETIMEOUT\)/);
    dns.zone.set('hooks.customer.test', ['93.184.216.34']);
  });
});
