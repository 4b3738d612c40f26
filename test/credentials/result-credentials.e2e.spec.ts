import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { calculateJwkThumbprint, createLocalJWKSet, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, type JSONWebKeySet } from 'jose';
import { signVcJwt, resultCredential } from '../../src/credentials/credential-documents.js';
import { IssuerKeysService } from '../../src/credentials/issuer-keys.service.js';
import { basic, demoClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEED_TRF = '17UZ010772RAKN025A';
const UNIVERSITY = demoClient('demo-ielts-ro');
const IMMIGRATION_OFFICE = demoClient('demo-ielts-ro2');
const ATS = demoClient('demo-results-ats');
const ADMIN = demoClient('demo-provider-admin');
const SEED_CANDIDATE = '/businessStream/02/sessions/14244/centres/04200/candidateNumber/1804/assessments/0500';

// A decoded credential: deep JSON read by path in the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Credential = Record<string, any>;

/** The credential's ES256 signature, checked with Node's own crypto and the published JWK: no JOSE library at all. */
function verifiedWithNodeCrypto(jwt: string, jwks: JSONWebKeySet): boolean {
  const [header, payload, signature] = jwt.split('.');
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString());
  const jwk = jwks.keys.find((key) => key.kid === kid);
  if (!jwk) return false;
  const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
  return verifySignature('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
}

/** The revocation bit of a credential, read from its status list credential as any verifier would. */
async function revocationBit(app: TestApp, credential: Credential, jwks: JSONWebKeySet): Promise<boolean> {
  const listUrl = new URL(credential.credentialStatus.statusListCredential);
  const response = await call(app.http().get(listUrl.pathname));
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/vc\+jwt/);
  const list = response.text;
  expect(verifiedWithNodeCrypto(list, jwks)).toBe(true);
  const subject = (decodeJwt(list) as Credential).credentialSubject;
  expect(subject).toMatchObject({ type: 'BitstringStatusList', statusPurpose: 'revocation' });
  expect(subject.encodedList).toMatch(/^u/);
  const bits = gunzipSync(Buffer.from(subject.encodedList.slice(1), 'base64url'));
  expect(bits.length).toBe(16_384);
  const index = Number(credential.credentialStatus.statusListIndex);
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

describe('verifiable result credentials', () => {
  let app: TestApp;
  let issuer: string;

  beforeAll(async () => {
    // Request lines kept, to check what a credential leaves in the log.
    app = await startTestApp({ DEMO_SEED: 'true', LOG_LEVEL: 'info' }, undefined, { captureLogs: true });
    issuer = app.config.publicBaseUrl;
  });
  afterAll(async () => app?.close());

  const jwks = async (): Promise<JSONWebKeySet> => (await call(app.http().get('/.well-known/jwks.json'))).body;
  const credentialOf = async (trf: string, client = UNIVERSITY) =>
    call(app.http().get(`/v1/ielts/results/${trf}/credential`).set('Authorization', basic(client)));
  const verifyViaApi = async (jwt: string) => call(app.http().post('/v1/credentials/verify').set('Content-Type', 'application/vc+jwt').send(jwt));

  it("gives the seed TRF's result as a VC 2.0 JWT and Open Badges 3.0 credential that an independent JOSE library verifies against the JWKS", async () => {
    const response = await credentialOf(SEED_TRF);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const jwt = response.text;
    const keys = await jwks();
    expect(keys.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keys.keys[0]).not.toHaveProperty('d');

    // jose, with nothing but the published keys; and Node's crypto, with no JOSE library at all.
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(keys), { issuer, typ: 'vc+jwt', algorithms: ['ES256'] });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'vc+jwt', cty: 'vc', kid: keys.keys[0].kid });
    expect(verifiedWithNodeCrypto(jwt, keys)).toBe(true);

    const credential = payload as Credential;
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(credential.issuer).toMatchObject({ id: issuer, type: ['Profile'] });
    expect(credential.credentialSubject.assessmentResult).toEqual({
      trfNumber: SEED_TRF,
      familyName: 'KARIMOVA',
      firstName: 'DILNOZA',
      dateOfBirth: '2003-04-14',
      testDate: '2019-07-02',
      module: 'Academic',
      listeningScore: '7.50',
      readingScore: '7.00',
      writingScore: '6.50',
      speakingScore: '7.00',
      overallBandScore: '7.00',
      cefrLevel: 'C1',
      centreNumber: 'UZ010',
      candidateNumber: '000772',
    });
    expect(credential.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(credential.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], name: 'IELTS Academic' });
    expect(credential.credentialSubject.achievement.resultDescription.map((d: Credential) => d.name)).toEqual([
      'Listening',
      'Reading',
      'Writing',
      'Speaking',
      'Overall band score',
      'CEFR level',
    ]);
    expect(credential.credentialSubject.result.map((r: Credential) => r.value)).toEqual(['7.50', '7.00', '6.50', '7.00', '7.00', 'C1']);
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    expect(await revocationBit(app, credential, keys)).toBe(false);

    const report = await verifyViaApi(jwt);
    expect(report.body).toMatchObject({ verified: true, status: 'active', issuer: { id: issuer }, credentialId: credential.id });
    expect(report.body.result).toEqual(credential.credentialSubject.assessmentResult);
    expect(report.body.checks.map((c: { check: string; passed: boolean }) => [c.check, c.passed])).toEqual([
      ['format', true],
      ['signature', true],
      ['issuer', true],
      ['validity', true],
      ['status', true],
    ]);
    // Asked again, the same credential: it is issued once per state of the result.
    expect((await credentialOf(SEED_TRF)).text).toBe(jwt);
    // Another RO is not shared the result: no credential, as if it did not exist.
    expect((await credentialOf(SEED_TRF, IMMIGRATION_OFFICE)).status).toBe(404);
  });

  it("verifies a credential opened as a link on the verification page, and leaves neither it nor the candidate's name in the log", async () => {
    const jwt = (await credentialOf(SEED_TRF)).text;
    const page = await call(app.http().get(`/verify?credential=${jwt}`));
    expect(page.status).toBe(200);
    expect(page.text).toContain('KARIMOVA');
    const line = app.logs().find((entry) => entry.transactionId === page.headers['x-transaction-id']);
    expect(line).toMatchObject({ msg: 'request completed', url: '/verify?credential=[REDACTED]', statusCode: 200 });
    const logs = JSON.stringify(app.logs());
    for (const leak of [jwt, jwt.split('.')[1], 'KARIMOVA']) expect(logs).not.toContain(leak);
  });

  it('refuses a credential with one character changed, in its signature or in what it states', async () => {
    const jwt = (await credentialOf(SEED_TRF)).text;
    const [header, payload, signature] = jwt.split('.');
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const alteredSignature = `${header}.${payload}.${flip(signature, 10)}`;
    // A character of what it states changed: the JSON may still read or not; the signature tells either way.
    const alteredClaims = `${header}.${flip(payload, 200)}.${signature}`;
    for (const altered of [alteredSignature, alteredClaims]) {
      expect(altered).not.toBe(jwt);
      expect(altered.length).toBe(jwt.length);
      await expect(jwtVerify(altered, createLocalJWKSet(await jwks()))).rejects.toThrow();
      const report = await verifyViaApi(altered);
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({ verified: false, result: null, issuer: null, status: 'unknown' });
      expect(report.body.checks.find((c: { check: string }) => c.check === 'signature')).toMatchObject({ passed: false });
    }
    const garbage = await call(app.http().post('/v1/credentials/verify').set('Content-Type', 'application/vc+jwt').send('not a credential'));
    expect(garbage.status).toBe(400);
    expect(garbage.body.errorCode).toBe(60002);
  });

  it('revokes a result’s credential the moment it is cancelled, and reports it revoked within a second', async () => {
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const trf = created.body.trfNumber as string;
    const jwt = (await credentialOf(trf)).text;
    const credential = decodeJwt(jwt) as Credential;
    expect((await verifyViaApi(jwt)).body.status).toBe('active');

    const started = Date.now();
    expect((await call(app.http().post(`/v1/sandbox/ielts/results/${trf}/cancel`).set('Authorization', basic(UNIVERSITY)))).status).toBe(200);
    const report = await verifyViaApi(jwt);
    const elapsed = Date.now() - started;
    console.log(`cancelled result's credential reported revoked after ${elapsed} ms`);
    expect(report.body).toMatchObject({ verified: true, status: 'revoked' });
    expect(report.body.checks.find((c: { check: string }) => c.check === 'status')).toMatchObject({ passed: false });
    expect(elapsed).toBeLessThan(1000);
    // Any verifier reading the signed status list sees the bit set.
    expect(await revocationBit(app, credential, await jwks())).toBe(true);
    // A cancelled result has no credential any more.
    const none = await credentialOf(trf);
    expect(none.status).toBe(409);
  });

  it('gives a remarked result a new credential and revokes the one it replaces', async () => {
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const trf = created.body.trfNumber as string;
    const before = (await credentialOf(trf)).text;
    const remarked = await call(app.http().post(`/v1/sandbox/ielts/results/${trf}/remark`).set('Authorization', basic(UNIVERSITY)));
    const after = (await credentialOf(trf)).text;
    expect(after).not.toBe(before);
    const [old, fresh] = [decodeJwt(before) as Credential, decodeJwt(after) as Credential];
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.credentialSubject.assessmentResult.writingScore).toBe(remarked.body.writingScore);
    expect((await verifyViaApi(before)).body.status).toBe('revoked');
    expect((await verifyViaApi(after)).body).toMatchObject({ verified: true, status: 'active' });
  });

  it('keeps a rotated key published, so what it signed still verifies, and signs new credentials with the new key', async () => {
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const older = (await credentialOf(created.body.trfNumber)).text;
    const oldKid = decodeProtectedHeader(older).kid;
    const newKid = await app.running.app.get(IssuerKeysService).rotate();
    const keys = await jwks();
    expect(keys.keys.map((key) => key.kid)).toEqual(expect.arrayContaining([oldKid, newKid]));
    expect(keys.keys[0].kid).toBe(newKid);
    await jwtVerify(older, createLocalJWKSet(keys), { issuer });
    expect((await verifyViaApi(older)).body).toMatchObject({ verified: true, status: 'active' });
    const another = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const newer = (await credentialOf(another.body.trfNumber)).text;
    expect(decodeProtectedHeader(newer).kid).toBe(newKid);
    await jwtVerify(newer, createLocalJWKSet(keys), { issuer });
  });

  it('answers "unknown", never "active", when the status list cannot be read', async () => {
    // A credential of this issuer whose list is not there (lost, or never made): signed with the issuer's own key.
    const signing = await app.running.app.get(IssuerKeysService).current();
    const now = new Date();
    const content = { name: 'x', description: 'x', credentialSubject: { assessmentResult: { trfNumber: 'X' } } };
    const orphan = await signVcJwt(
      resultCredential({ id: issuer, name: 'x' }, '00000000-0000-4000-8000-000000000099', content, { listId: 'revocation-404', index: 7 }, now),
      signing,
      now,
    );
    const report = await verifyViaApi(orphan);
    expect(report.body).toMatchObject({ verified: true, status: 'unknown' });
    expect(report.body.checks.find((c: { check: string }) => c.check === 'status').detail).toMatch(/could not be found/);
  });

  it('gives an issued Results grade the same treatment, and revokes it when the provider changes the grade', async () => {
    const response = await call(app.http().get(`/v1/candidates/resultCredential${SEED_CANDIDATE}`).set('Authorization', basic(ATS)));
    expect(response.status).toBe(200);
    const { payload } = await jwtVerify(response.text, createLocalJWKSet(await jwks()), { issuer });
    expect((payload as Credential).credentialSubject.assessmentResult).toMatchObject({
      centreId: '04200',
      candidateNumber: '1804',
      assessmentCode: '0500',
      grade: 'B',
    });
    expect((payload as Credential).type).toContain('OpenBadgeCredential');
    const regraded = await call(
      app
        .http()
        .post('/v1/admin/results/load')
        .set('Authorization', basic(ADMIN))
        .send({
          candidateResults: [
            {
              businessStreamId: '02',
              sessionId: '14244',
              centreId: '04200',
              candidateNumber: '1804',
              assessmentCode: '0500',
              resultStatus: 'Issued',
              grade: 'A',
            },
          ],
        }),
    );
    expect(regraded.status).toBe(200);
    expect((await verifyViaApi(response.text)).body.status).toBe('revoked');
    const fresh = await call(app.http().get(`/v1/candidates/resultCredential${SEED_CANDIDATE}`).set('Authorization', basic(ATS)));
    expect((decodeJwt(fresh.text) as Credential).credentialSubject.assessmentResult.grade).toBe('A');
    const pending = await call(
      app
        .http()
        .get('/v1/candidates/resultCredential/businessStream/04/sessions/3229/centres/04200/candidateNumber/8129/assessments/R031')
        .set('Authorization', basic(ATS)),
    );
    expect(pending.status).toBe(409);
  });

  it('throttles verification per caller address', async () => {
    const throttled = await startTestApp({ VERIFY_RATE_LIMIT: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const response = await call(throttled.http().post('/v1/credentials/verify').set('Content-Type', 'application/vc+jwt').send('a.b.c'));
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.body.errorCode).toBe(70431);
          expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await throttled.close();
    }
  });
  it('signs with the key ISSUER_PRIVATE_JWK gives, once a server with the setting starts, and keeps the key it made before published', async () => {
    const before = (await jwks()).keys.map((key) => key.kid);
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const configured = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint({ kty: configured.kty, crv: configured.crv, x: configured.x, y: configured.y });
    const given = await startTestApp({ SANDBOX: 'true', ISSUER_PRIVATE_JWK: JSON.stringify(configured) }, app.database);
    try {
      const created = await call(given.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
      const jwt = (await call(given.http().get(`/v1/ielts/results/${created.body.trfNumber}/credential`).set('Authorization', basic(UNIVERSITY)))).text;
      expect(decodeProtectedHeader(jwt).kid).toBe(kid);
      const keys: JSONWebKeySet = (await call(given.http().get('/.well-known/jwks.json'))).body;
      expect(keys.keys[0]).toMatchObject({ kid, x: configured.x, y: configured.y });
      expect(keys.keys[0]).not.toHaveProperty('d');
      expect(keys.keys.map((key) => key.kid)).toEqual(expect.arrayContaining(before));
      await jwtVerify(jwt, createLocalJWKSet(keys), { issuer: given.config.publicBaseUrl });
      await expect(given.running.app.get(IssuerKeysService).rotate()).rejects.toThrow(/ISSUER_PRIVATE_JWK/);
    } finally {
      await given.close();
    }
  });
});
