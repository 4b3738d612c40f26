import { runClientsCommand } from '../../src/cli/clients-command.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const VERIFY = '/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N';

describe('authentication: Basic, Bearer, token endpoint, scopes', () => {
  let app: TestApp;
  let ro: TestClient;
  let other: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    ro = await createClient(app, { scopes: ['ielts:read'] });
    other = await createClient(app, { scopes: ['results:read'], orgKind: 'centre' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const token = async (client: TestClient, scope?: string) => {
    const response = await call(
      app
        .http()
        .post('/oauth/token')
        .set('Authorization', basic(client))
        .type('form')
        .send({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }),
    );
    expect(response.status).toBe(200);
    return response.body.access_token as string;
  };

  it('issues a token by Basic header, by form body and by JSON body (RFC 6749 4.4)', async () => {
    const byHeader = await call(app.http().post('/oauth/token').set('Authorization', basic(ro)).type('form').send('grant_type=client_credentials'));
    expect(byHeader.status).toBe(200);
    expect(byHeader.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'ielts:read' });
    expect(byHeader.headers['cache-control']).toBe('no-store');
    const byForm = await call(
      app.http().post('/oauth/token').type('form').send({ grant_type: 'client_credentials', client_id: ro.clientId, client_secret: ro.secret }),
    );
    expect(byForm.status).toBe(200);
    const byJson = await call(app.http().post('/oauth/token').send({ grant_type: 'client_credentials', client_id: ro.clientId, client_secret: ro.secret }));
    expect(byJson.status).toBe(200);
    expect(new Set([byHeader.body.access_token, byForm.body.access_token, byJson.body.access_token]).size).toBe(3);
  });

  it('refuses a form field given twice by name (RFC 6749 3.2), where its type was blamed, and a __proto__ field', async () => {
    const form = (body: string) => call(app.http().post('/oauth/token').set('Authorization', basic(ro)).type('form').send(body));
    const scopes = await form('grant_type=client_credentials&scope=ielts:read&scope=results:read');
    expect(scopes.status).toBe(400);
    expect(scopes.body).toMatchObject({
      errorCode: 60002,
      error: 'invalid_request',
      detail: 'scope is given 2 times; send it once',
      details: [{ location: 'body', field: 'scope', message: 'scope is given 2 times; send it once' }],
    });
    // Two secrets in the body: neither is tried.
    const secrets = await call(
      app
        .http()
        .post('/oauth/token')
        .type('form')
        .send(`grant_type=client_credentials&client_id=${ro.clientId}&client_secret=${ro.secret}&client_secret=other`),
    );
    expect(secrets.status).toBe(400);
    expect(secrets.body).toMatchObject({ errorCode: 60002, details: [{ field: 'client_secret' }] });
    const poisoned = await form('grant_type=client_credentials&__proto__=x');
    expect(poisoned.body).toMatchObject({ errorCode: 60002, error: 'invalid_request', detail: expect.stringMatching(/"__proto__" key/) });
  });

  it('refuses a wrong secret (70401, invalid_client), missing credentials (70402) and other grants', async () => {
    const wrong = await call(
      app
        .http()
        .post('/oauth/token')
        .set('Authorization', basic({ ...ro, secret: 'nope' }))
        .type('form')
        .send({ grant_type: 'client_credentials' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ errorCode: 70401, error: 'invalid_client' });
    const missing = await call(app.http().post('/oauth/token').type('form').send({ grant_type: 'client_credentials' }));
    expect(missing.status).toBe(401);
    expect(missing.body.errorCode).toBe(70402);
    const grant = await call(app.http().post('/oauth/token').set('Authorization', basic(ro)).type('form').send({ grant_type: 'password' }));
    expect(grant.status).toBe(400);
    expect(grant.body.details[0]).toMatchObject({ location: 'body', field: 'grant_type' });
    expect(grant.body).toMatchObject({ error: 'unsupported_grant_type' });
    expect(missing.body).toMatchObject({ error: 'invalid_client' });
    // Every OAuth error carries RFC 6749's error member, whichever layer refused the request.
    const unknownField = await call(
      app.http().post('/oauth/token').set('Authorization', basic(ro)).type('form').send({ grant_type: 'client_credentials', colour: 'red' }),
    );
    expect(unknownField.body).toMatchObject({ errorCode: 60002, error: 'invalid_request' });
    const malformed = await call(app.http().post('/oauth/token').set('Content-Type', 'application/json').send('{"grant_type":'));
    expect(malformed.body).toMatchObject({ errorCode: 60003, error: 'invalid_request' });
    const noToken = await call(app.http().post('/oauth/revoke').set('Authorization', basic(ro)).type('form').send({}));
    expect(noToken.body).toMatchObject({ errorCode: 60002, error: 'invalid_request' });
    const scope = await call(
      app
        .http()
        .post('/oauth/token')
        .set('Authorization', basic(ro))
        .type('form')
        .send({ grant_type: 'client_credentials', scope: 'ielts:read booking:admin' }),
    );
    expect(scope.status).toBe(400);
    expect(scope.body).toMatchObject({ error: 'invalid_scope' });
    expect(scope.body.detail).toContain('booking:admin');
  });

  it('accepts Basic and Bearer on a module operation', async () => {
    const viaBasic = await call(app.http().get(VERIFY).set('Authorization', basic(ro)));
    expect(viaBasic.status).toBe(404); // authenticated; the TRF is simply not shared with this RO
    expect(viaBasic.body.errorCode).toBe(70404);
    const viaBearer = await call(
      app
        .http()
        .get(VERIFY)
        .set('Authorization', `Bearer ${await token(ro)}`),
    );
    expect(viaBearer.status).toBe(404);
    expect(viaBearer.body.errorCode).toBe(70404);
  });

  it('answers 70402 with a challenge when no credentials are sent', async () => {
    const response = await call(app.http().get(VERIFY));
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ errorCode: 70402, status: 401, type: '/errors/70402' });
    expect(response.headers['www-authenticate']).toContain('Basic realm="assessment-api"');
    expect(response.headers['www-authenticate']).toContain('Bearer realm="assessment-api"');
  });

  it('answers 70401 for a wrong secret, an unknown token and a malformed header', async () => {
    for (const authorization of [
      basic({ ...ro, secret: 'wrong' }),
      basic({ clientId: 'nobody', secret: 'x' }),
      'Bearer at_unknown',
      'Token abc',
      'Basic !!!',
    ]) {
      const response = await call(app.http().get(VERIFY).set('Authorization', authorization));
      expect({ authorization, status: response.status, code: response.body.errorCode }).toEqual({ authorization, status: 401, code: 70401 });
    }
    const bearer = await call(app.http().get(VERIFY).set('Authorization', 'Bearer at_unknown'));
    expect(bearer.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('answers a Basic header from the cache only for the exact value verified', async () => {
    // Verified credentials are cached under their Basic encoding, so a repeat is not decoded. Another
    // encoding of the same pair (spare bits set in the last character before the padding) misses, is
    // verified and is accepted; a wrong secret sent after the good one is still refused.
    let client = await createClient(app, { scopes: ['ielts:read'], id: `encoding-${Date.now().toString(36)}` });
    // A pair whose length is a multiple of three has no padding and no spare bits: one more character.
    if (`${client.clientId}:${client.secret}`.length % 3 === 0) client = await createClient(app, { scopes: ['ielts:read'], id: `${client.clientId}x` });
    const canonical = basic(client).slice('Basic '.length);
    const last = canonical.replace(/=+$/, '').length - 1;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const spareBitsSet = canonical.slice(0, last) + alphabet[alphabet.indexOf(canonical[last]) | 1] + canonical.slice(last + 1);
    expect(spareBitsSet).not.toBe(canonical);
    expect(Buffer.from(spareBitsSet, 'base64').toString()).toBe(`${client.clientId}:${client.secret}`);
    for (const value of [canonical, canonical, spareBitsSet, spareBitsSet, canonical.replace(/=+$/, '')]) {
      const response = await call(app.http().get(VERIFY).set('Authorization', `Basic ${value}`));
      expect({ value, code: response.body.errorCode }).toEqual({ value, code: 70404 });
    }
    const wrong = await call(
      app
        .http()
        .get(VERIFY)
        .set('Authorization', basic({ ...client, secret: `${client.secret}x` })),
    );
    expect(wrong.body.errorCode).toBe(70401);
  });

  it('answers 70405 for an expired token', async () => {
    const expiring = await token(ro);
    await app.dataSource.query(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE client_id = $1`, [ro.clientId]);
    const response = await call(app.http().get(VERIFY).set('Authorization', `Bearer ${expiring}`));
    expect(response.status).toBe(401);
    expect(response.body.errorCode).toBe(70405);
    expect(response.headers['www-authenticate']).toContain('invalid_token');
  });

  it('answers 70403 when the client lacks the operation scope, under Basic and Bearer', async () => {
    const viaBasic = await call(app.http().get(VERIFY).set('Authorization', basic(other)));
    expect(viaBasic.status).toBe(403);
    expect(viaBasic.body.errorCode).toBe(70403);
    expect(viaBasic.body.detail).toContain('ielts:read');
    expect(viaBasic.headers['www-authenticate']).toContain('insufficient_scope');
    const viaBearer = await call(
      app
        .http()
        .get(VERIFY)
        .set('Authorization', `Bearer ${await token(other)}`),
    );
    expect(viaBearer.status).toBe(403);
  });

  it('limits a token to the scopes it was issued for', async () => {
    const multi = await createClient(app, { scopes: ['ielts:read', 'results:read'] });
    const narrow = await token(multi, 'results:read');
    const response = await call(app.http().get(VERIFY).set('Authorization', `Bearer ${narrow}`));
    expect(response.status).toBe(403);
  });

  it('revokes a token (RFC 7009), answering 200 even for an unknown one', async () => {
    const revocable = await token(ro);
    const revoked = await call(app.http().post('/oauth/revoke').set('Authorization', basic(ro)).type('form').send({ token: revocable }));
    expect(revoked.status).toBe(200);
    const after = await call(app.http().get(VERIFY).set('Authorization', `Bearer ${revocable}`));
    expect(after.status).toBe(401);
    expect(after.body.errorCode).toBe(70401);
    const unknown = await call(app.http().post('/oauth/revoke').set('Authorization', basic(ro)).type('form').send({ token: 'at_never_issued' }));
    expect(unknown.status).toBe(200);
  });

  it("does not let a client revoke another client's token", async () => {
    const victim = await token(ro);
    await call(app.http().post('/oauth/revoke').set('Authorization', basic(other)).type('form').send({ token: victim }));
    const still = await call(app.http().get(VERIFY).set('Authorization', `Bearer ${victim}`));
    expect(still.status).toBe(404);
  });

  it('rotates a secret without downtime: old and new work during the grace period, then only the new', async () => {
    const rotating = await createClient(app, { scopes: ['ielts:read'] });
    const lines: string[] = [];
    await runClientsCommand(['rotate', rotating.clientId, '--grace-hours', '1'], app.running.app, app.config, (line) => lines.push(line));
    const fresh = { ...rotating, secret: lines.find((l) => l.startsWith('client_secret:'))!.split(/\s+/)[1] };
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(rotating)))).status).toBe(404);
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(fresh)))).status).toBe(404);
    await app.dataSource.query(`UPDATE api_client_secrets SET expires_at = now() - interval '1 second' WHERE client_id = $1 AND expires_at IS NOT NULL`, [
      rotating.clientId,
    ]);
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(rotating)))).status).toBe(401);
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(fresh)))).status).toBe(404);
  });

  it('refuses a disabled client, by Basic and by its tokens', async () => {
    const disabled = await createClient(app, { scopes: ['ielts:read'] });
    const issued = await token(disabled);
    await runClientsCommand(['disable', disabled.clientId], app.running.app, app.config, () => undefined);
    expect((await call(app.http().get(VERIFY).set('Authorization', basic(disabled)))).body.errorCode).toBe(70401);
    expect((await call(app.http().get(VERIFY).set('Authorization', `Bearer ${issued}`))).body.errorCode).toBe(70401);
    expect(
      (await call(app.http().post('/oauth/token').set('Authorization', basic(disabled)).type('form').send({ grant_type: 'client_credentials' }))).status,
    ).toBe(401);
  });

  it('stores only hashes of secrets and tokens', async () => {
    const issued = await token(ro);
    const rows = await app.dataSource.query('SELECT encode(secret_hash, $2) AS h FROM api_client_secrets WHERE client_id = $1', [ro.clientId, 'hex']);
    expect(rows.every((row: { h: string }) => row.h.length === 64 && !row.h.includes(Buffer.from(ro.secret).toString('hex')))).toBe(true);
    const tokens = await app.dataSource.query('SELECT count(*)::int AS n FROM access_tokens WHERE token_hash = $1', [Buffer.from(issued)]);
    expect(tokens[0].n).toBe(0);
  });
});
