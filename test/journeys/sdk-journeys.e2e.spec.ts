import { randomUUID } from 'node:crypto';
import {
  ApiProblemError,
  cancelRegistration,
  createAssessmentClient,
  getRegistration,
  getResultVerification,
  getResultCredential,
  verifyCredential,
  getScriptPdf,
  getFulfilmentEmail,
  createApiKey,
  listCountryCodes,
  listInventory,
  loadTests,
  obtainTestId,
  putProductCode,
  putTrack,
  recordTestEvent,
  putScriptDocument,
  registerLax,
  requestScripts,
  searchRegistrations,
  transferLax,
} from '../../sdk/src/index.js';
import { textPdf } from '../../src/pdf/text-pdf.js';
import { seedIeltsDemoResults } from '../../src/seed/ielts-demo-results.js';
import { createClient, type TestClient } from '../support/clients.js';
import { contractCheckingFetch } from '../support/contract.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { startWebhookReceiver } from '../support/webhook-receiver.js';

/** Consumers' journeys, through the generated SDK only; each response is checked against the contract. */
describe('SDK consumer journeys', () => {
  let app: TestApp;
  let university: TestClient;
  let centre: TestClient;
  let expectedShared: number;
  let smtp: SmtpSink;

  beforeAll(async () => {
    // The fulfilment journey's results receiver and mail server run on this machine.
    smtp = await startSmtpSink();
    app = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: '50' });
    university = await createClient(app, { scopes: ['ielts:read'], orgCode: 'UNI-SDK' });
    await createClient(app, { scopes: ['ielts:read'], orgCode: 'UNI-OTHER' });
    const ids = await app.dataSource.query("SELECT id FROM organisations WHERE code IN ('UNI-SDK', 'UNI-OTHER') ORDER BY code DESC");
    await app.dataSource.transaction((manager) => seedIeltsDemoResults(manager, [ids[0].id, ids[1].id], 700));
    [{ n: expectedShared }] = await app.dataSource.query(
      "SELECT count(*)::int AS n FROM ielts_result_shares s JOIN organisations o ON o.id = s.organisation_id WHERE o.code = 'UNI-SDK'",
    );
    centre = await createClient(app, { scopes: ['booking:read', 'booking:write'], orgKind: 'centre', orgCode: 'CEN-SDK' });
    const [{ id: centreId }] = await app.dataSource.query("SELECT id FROM organisations WHERE code = 'CEN-SDK'");
    await app.dataSource.query("INSERT INTO booking_venues (id, organisation_id, name) VALUES ('00000000-0000-4000-8000-0000000005d1', $1, 'SDK Hall')", [
      centreId,
    ]);
    await app.dataSource.query(
      "INSERT INTO booking_learners (id, organisation_id, name, code) VALUES ('00000000-0000-4000-8000-0000000005e1', $1, 'Sam Developer', 'SDK-1')",
      [centreId],
    );
    await app.dataSource.query("INSERT INTO booking_assessment_forms (code, name, published, bilingual) VALUES ('SDK-FORM', 'Form', true, false)");
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('a university polls by date range and pages, with tokens the SDK fetches itself', async () => {
    const client = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'client-credentials', clientId: university.clientId, clientSecret: university.secret },
      fetch: contractCheckingFetch,
    });
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const { data } = await getResultVerification({
        client,
        query: { startDateTime: '2000-01-01T00:00:00', endDateTime: '2099-12-31T23:59:59', photoFlag: 'N', page, limit: 200 },
      });
      data.results.forEach((result) => seen.add(result.trfNumber));
      if (!data.messageMetadata.nextResultSetUrl) break;
    }
    expect(seen.size).toBe(expectedShared);
    const [{ n: tokens }] = await app.dataSource.query('SELECT count(*)::int AS n FROM access_tokens WHERE client_id = $1', [university.clientId]);
    expect(tokens).toBe(1);
  });

  it('a university takes a result as a credential, and anyone verifies it with the SDK and no account', async () => {
    const client = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'client-credentials', clientId: university.clientId, clientSecret: university.secret },
      fetch: contractCheckingFetch,
    });
    const [{ trf_number: trf }] = await app.dataSource.query(
      "SELECT s.trf_number FROM ielts_result_shares s JOIN organisations o ON o.id = s.organisation_id JOIN ielts_results r ON r.id = s.result_id WHERE o.code = 'UNI-SDK' AND r.status <> 'CANCELLED' LIMIT 1",
    );
    const { data: credential } = await getResultCredential({ client, path: { trfNumber: trf }, parseAs: 'text' });
    // The employer it was handed to has no account: a client with no credentials at all.
    const anyone = createAssessmentClient({ baseUrl: app.baseUrl, fetch: contractCheckingFetch });
    const { data: report } = await verifyCredential({ client: anyone, body: credential as unknown as string });
    expect(report).toMatchObject({ verified: true, status: 'active', result: { trfNumber: trf } });
  });

  it('fetches a new token when the old one has expired', async () => {
    const client = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'client-credentials', clientId: university.clientId, clientSecret: university.secret },
      fetch: contractCheckingFetch,
    });
    await listCountryCodes({ client });
    await getResultVerification({ client, query: { startDateTime: '2000-01-01T00:00:00', endDateTime: '2000-01-02T00:00:00', photoFlag: 'N' } });
    await app.dataSource.query(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE client_id = $1`, [university.clientId]);
    const expired = await getResultVerification({
      client,
      query: { startDateTime: '2000-01-01T00:00:00', endDateTime: '2000-01-02T00:00:00', photoFlag: 'N' },
    }).catch((e) => e);
    expect(expired).toBeInstanceOf(ApiProblemError);
    expect(expired.errorCode).toBe(70405);
    const { data } = await getResultVerification({
      client,
      query: { startDateTime: '2000-01-01T00:00:00', endDateTime: '2000-01-02T00:00:00', photoFlag: 'N' },
    });
    expect(data.results).toEqual([]);
  });

  it('surfaces the error envelope as a typed error carrying the transaction id it sent', async () => {
    const client = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'basic', clientId: university.clientId, clientSecret: university.secret },
      transactionId: () => 'uni-poll-2027.0001',
      fetch: contractCheckingFetch,
    });
    const error = await getResultVerification({ client, query: { trfNumber: '99ZZ999999ZZZZ999Z', photoFlag: 'N' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiProblemError);
    expect(error).toMatchObject({ status: 404, errorCode: 70404, transactionId: 'uni-poll-2027.0001' });
    const wrongSecret = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'basic', clientId: university.clientId, clientSecret: 'nope' },
      fetch: contractCheckingFetch,
    });
    await expect(listCountryCodes({ client: wrongSecret })).resolves.toBeDefined();
    await expect(getResultVerification({ client: wrongSecret, query: { trfNumber: '99ZZ999999ZZZZ999Z', photoFlag: 'N' } })).rejects.toMatchObject({
      errorCode: 70401,
    });
  });

  it('a centre registers, transfers and cancels a learner', async () => {
    const client = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'basic', clientId: centre.clientId, clientSecret: centre.secret },
      fetch: contractCheckingFetch,
    });
    const registration = randomUUID();
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const later = new Date(Date.now() + 31 * 86_400_000).toISOString();
    const registered = await registerLax({
      client,
      path: { registration },
      body: {
        EventVenue: '00000000-0000-4000-8000-0000000005d1',
        EventStart: start,
        EventExamType: 'Academic',
        EventExamFormat: 'Paper',
        EventBillingCode: 'Standard',
        Learner: '00000000-0000-4000-8000-0000000005e1',
        Assessment: 'SDK-FORM',
      },
    });
    expect(registered.response.status).toBe(201);
    const moved = await transferLax({
      client,
      path: { registration },
      body: {
        EventVenue: '00000000-0000-4000-8000-0000000005d1',
        EventStart: later,
        EventExamType: 'Academic',
        Learner: '00000000-0000-4000-8000-0000000005e1',
        Reason: 'moved',
      },
    });
    expect(moved.data.Event.Start).toBe(later);
    const cancelled = await cancelRegistration({ client, path: { registration }, body: { Reason: 'withdrew' } });
    expect(cancelled.data.Status).toBe('Cancelled');
    const { data } = await getRegistration({ client, path: { registration } });
    expect(data.History.map((h) => h.Command)).toEqual(['register-lax', 'transfer-lax', 'cancel']);
    const found = await searchRegistrations({ client, body: { Code: 'SDK-1' } });
    expect(found.data.TotalCount).toBe(1);
    const refused = await registerLax({
      client,
      path: { registration },
      body: { EventVenue: '00000000-0000-4000-8000-0000000005d1', EventStart: start, Learner: '00000000-0000-4000-8000-0000000005e1', Assessment: 'SDK-FORM' },
    }).catch((e) => e);
    expect(refused).toMatchObject({
      status: 400,
      errorCode: 60002,
      problem: { detail: 'Registration already exists. You cannot add a new registration with the same identifier.' },
    });
  });

  it('an ATS requests a candidate script and downloads it as PDF', async () => {
    const board = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    const ats = await createClient(app, { scopes: ['results:read', 'results:write'], orgKind: 'centre', orgCode: '04200' });
    const provider = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'basic', clientId: board.clientId, clientSecret: board.secret },
      fetch: contractCheckingFetch,
    });
    const script = await textPdf('Marked script, candidate 1804', ['Q1 7/8']);
    const page = randomUUID();
    const candidate = { businessStreamId: '02', sessionId: '14244', centreId: '04200', candidateNumber: '1804', assessmentCode: '0500', componentId: '02' };
    await putScriptDocument({ client: provider, path: { docStorePageId: page }, body: { ...candidate, pageNumber: 1, pdf: script.toString('base64') } });
    const client = createAssessmentClient({
      baseUrl: app.baseUrl,
      credentials: { kind: 'client-credentials', clientId: ats.clientId, clientSecret: ats.secret },
      fetch: contractCheckingFetch,
    });
    const { data: request } = await requestScripts({ client, body: candidate, headers: { 'Idempotency-Key': `sdk-${page}` } });
    expect(request).toMatchObject({ status: 'Fulfilled', docStorePageIds: [page] });
    const { data: pdf, response } = await getScriptPdf({ client, path: { docStorePageId: page }, parseAs: 'arrayBuffer' });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(pdf as unknown as ArrayBuffer).equals(script)).toBe(true);
  });

  it('a Local Administrator obtains a signed test ID and is told by webhook when it is graded', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const board = await createClient(app, { scopes: ['fulfillment:admin'], orgKind: 'exam_board' });
      const la = await createClient(app, { scopes: ['fulfillment:write'], orgKind: 'local_administrator', orgCode: 'LA-SDK' });
      const provider = createAssessmentClient({
        baseUrl: app.baseUrl,
        credentials: { kind: 'basic', clientId: board.clientId, clientSecret: board.secret },
        fetch: contractCheckingFetch,
      });
      for (const productCode of ['GTX-Academic-Plus', 'STX-Academic-Plus']) {
        await putProductCode({ client: provider, path: { productCode }, body: { testType: 'Academic-Plus', testUrl: 'https://exam.example.org/start' } });
      }
      await loadTests({ client: provider, body: { organisationCode: 'LA-SDK', tests: [{ testId: 'SDKAP00001', testType: 'Academic-Plus' }] } });
      await putTrack({ client: provider, path: { trackCode: 'SDK' }, body: { organisationCode: 'LA-SDK', url: receiver.url } });

      const setup = createAssessmentClient({
        baseUrl: app.baseUrl,
        credentials: { kind: 'basic', clientId: la.clientId, clientSecret: la.secret },
        fetch: contractCheckingFetch,
      });
      const { data: key } = await createApiKey({ client: setup, body: { productCode: 'GTX-Academic-Plus' } });
      const client = createAssessmentClient({
        baseUrl: app.baseUrl,
        credentials: { kind: 'client-credentials', clientId: la.clientId, clientSecret: la.secret },
        fulfillmentKeys: { 'GTX-Academic-Plus': { keyId: key.keyId, secret: key.secret } },
        fetch: contractCheckingFetch,
      });
      const { data: fulfilment } = await obtainTestId({
        client,
        body: {
          'product-code': 'GTX-Academic-Plus',
          track: 'SDK',
          'assigned-to': { name: 'Mary Poppins', id: 9810283 },
          registration: { First_Name: 'Mary', trExternal_ID: 'HR-9810283' },
        },
      });
      expect(fulfilment).toMatchObject({ testId: 'SDKAP00001', delivery: 'GTX', track: 'SDK' });
      const { data: inventory } = await listInventory({ client, query: { available: false } });
      expect(inventory.tests.map((t) => t.testId)).toEqual(['SDKAP00001']);
      const unsigned = await obtainTestId({ client: setup, body: { 'product-code': 'GTX-Academic-Plus' }, headers: { 'X-Fulfillment-Signature': '' } }).catch(
        (e) => e,
      );
      expect(unsigned).toMatchObject({ status: 401, errorCode: 71411 });

      // STX: the test ID is e-mailed to the candidate, and the SDK tells whether it went out.
      await loadTests({ client: provider, body: { organisationCode: 'LA-SDK', tests: [{ testId: 'SDKAP00002', testType: 'Academic-Plus' }] } });
      const { data: stxKey } = await createApiKey({ client: setup, body: { productCode: 'STX-Academic-Plus' } });
      const mailing = createAssessmentClient({
        baseUrl: app.baseUrl,
        credentials: { kind: 'basic', clientId: la.clientId, clientSecret: la.secret },
        fulfillmentKeys: { 'STX-Academic-Plus': { keyId: stxKey.keyId, secret: stxKey.secret } },
        fetch: contractCheckingFetch,
      });
      const { data: mailed } = await obtainTestId({ client: mailing, body: { 'product-code': 'STX-Academic-Plus', email: 'mary@example.org' } });
      expect(mailed).toMatchObject({ testId: 'SDKAP00002', email: { to: 'mary@example.org', status: 'queued' } });
      await smtp.waitFor(1);
      const emailNow = async () => (await getFulfilmentEmail({ client: mailing, path: { fulfilmentId: mailed.fulfilmentId } })).data;
      await until(async () => (await emailNow()).status !== 'queued');
      expect(await emailNow()).toMatchObject({ testId: 'SDKAP00002', to: 'mary@example.org', status: 'sent', attempts: 1, failure: null });

      await recordTestEvent({ client: provider, path: { testId: 'SDKAP00001' }, body: { event: 'started', testDate: '2026-11-23' } });
      await recordTestEvent({ client: provider, path: { testId: 'SDKAP00001' }, body: { event: 'finished', duration: 88 } });
      await recordTestEvent({
        client: provider,
        path: { testId: 'SDKAP00001' },
        body: { event: 'graded', scores: { overallLevel: 5.2, sections: [{ name: 'Reading', level: 5.5, score: 550 }] } },
      });
      const [hook] = await receiver.waitFor(1);
      expect(hook.data).toMatchObject({
        OID: 'HR-9810283',
        TestID: 'SDKAP00001',
        Status: 'Completed',
        Overall_cefr: 'C1',
        Reading_Score: 550,
        TestDate: '11/23/2026',
        Duration: 88,
      });
    } finally {
      await receiver.close();
    }
  });
});
