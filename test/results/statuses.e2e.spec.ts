import pg from 'pg';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { blockedBy, untilBlockedBy } from '../support/lock-waits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CANDIDATE = { businessStreamId: '02', sessionId: '14244', centreId: '04200', candidateNumber: '1804', assessmentCode: '0500' };
const RESULT_PATH = '/v1/candidates/resultStatus/businessStream/02/sessions/14244/centres/04200/candidateNumber/1804/assessments/0500';
const ENQUIRY_PATH = '/v1/businessStream/02/sessions/14244/centres/04200/candidateNumber/1804/assessments/0500/components/02/resultEnquiryStatus';

describe('Results: statuses, enquiries and question papers', () => {
  let app: TestApp;
  let admin: TestClient;
  let centre: TestClient;
  let otherCentre: TestClient;

  const get = (path: string, client = centre) => call(app.http().get(path).set('Authorization', basic(client)));
  const load = (body: object) => call(app.http().post('/v1/admin/results/load').set('Authorization', basic(admin)).send(body));

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    centre = await createClient(app, { scopes: ['results:read'], orgKind: 'centre', orgCode: '04200' });
    otherCentre = await createClient(app, { scopes: ['results:read'], orgKind: 'centre', orgCode: '43319' });
    const loaded = await load({
      candidateResults: [{ ...CANDIDATE, resultStatus: 'Pending', grade: 'B' }],
      enquiries: [{ ...CANDIDATE, componentId: '02', enquiryReference: 'EAR-0001', serviceType: 'Review', status: 'Received' }],
      sessions: [{ businessStreamId: '04', sessionId: '3229', sessionName: 'June 2027', resultStatus: 'Embargoed', releaseDate: '2027-08-12T06:00:00Z' }],
      questionPapers: [
        {
          businessStreamId: '02',
          sessionId: '19722',
          assessmentCode: '9239',
          assessmentVersion: '4',
          componentId: '03',
          qpIdentifier: '9239/03/M/J/27',
          title: 'Paper 3',
        },
        {
          businessStreamId: '02',
          sessionId: '19722',
          assessmentCode: '9239',
          assessmentVersion: '4',
          componentId: '04',
          qpIdentifier: '9239/04/M/J/27',
          title: 'Paper 4',
        },
      ],
    });
    expect(loaded.body).toEqual({ candidateResults: 1, enquiries: 1, sessions: 1, questionPapers: 2, qualifications: 0, entries: 0, resultDates: 0 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("answers a candidate's result issue status, hiding the grade until it is issued", async () => {
    const pending = await get(RESULT_PATH);
    expect(pending.body).toEqual({ ...CANDIDATE, resultStatus: 'Pending', grade: null, issuedAt: null });
    await load({ candidateResults: [{ ...CANDIDATE, resultStatus: 'Issued', grade: 'B', issuedAt: '2027-08-12T06:00:00Z' }] });
    expect((await get(RESULT_PATH)).body).toMatchObject({ resultStatus: 'Issued', grade: 'B', issuedAt: '2027-08-12T06:00:00.000Z' });
    expect((await get(RESULT_PATH.replace('/1804/', '/1805/'))).status).toBe(404);
    expect((await get(RESULT_PATH, otherCentre)).status).toBe(403);
  });

  it('follows an enquiry about results through its status history', async () => {
    expect((await get(ENQUIRY_PATH)).body).toMatchObject({ enquiryReference: 'EAR-0001', serviceType: 'Review', status: 'Received', componentId: '02' });
    await load({ enquiries: [{ ...CANDIDATE, componentId: '02', enquiryReference: 'EAR-0001', serviceType: 'Review', status: 'GradeChanged' }] });
    await load({ enquiries: [{ ...CANDIDATE, componentId: '02', enquiryReference: 'EAR-0001', serviceType: 'Review', status: 'GradeChanged' }] });
    const followed = await get(ENQUIRY_PATH);
    expect(followed.body.status).toBe('GradeChanged');
    expect(followed.body.history.map((h: { status: string }) => h.status)).toEqual(['Received', 'GradeChanged']);
    expect((await get(ENQUIRY_PATH.replace('/components/02/', '/components/01/'))).status).toBe(404);
  });

  it('answers the result status of a session', async () => {
    expect((await get('/v1/businessStream/04/sessions/3229/resultStatus')).body).toEqual({
      businessStreamId: '04',
      sessionId: '3229',
      sessionName: 'June 2027',
      resultStatus: 'Embargoed',
      releaseDate: '2027-08-12T06:00:00.000Z',
    });
    expect((await get('/v1/businessStream/04/sessions/9999/resultStatus')).status).toBe(404);
    expect((await get('/v1/businessStream/4/sessions/3229/resultStatus')).body).toMatchObject({
      errorCode: 60001,
      details: [{ location: 'path', field: 'businessStreamId' }],
    });
  });

  it('answers question papers, also under the seed sample URL spelling', async () => {
    const query = 'sessionId=19722&assessmentCode=9239&assessmentVersion=4';
    const papers = await get(`/v1/businessStreams/02/qpIdentifiers?${query}`);
    expect(papers.body.questionPapers.map((p: { qpIdentifier: string }) => p.qpIdentifier)).toEqual(['9239/03/M/J/27', '9239/04/M/J/27']);
    const narrowed = await get(`/v1/businessStreams/02/qpIdentifers?${query}&componentId=03`);
    expect(narrowed.body.questionPapers).toEqual([
      { qpIdentifier: '9239/03/M/J/27', title: 'Paper 3', sessionId: '19722', assessmentCode: '9239', assessmentVersion: '4', componentId: '03' },
    ]);
    expect((await get('/v1/businessStreams/02/qpIdentifiers?sessionId=19722')).body).toMatchObject({
      errorCode: 60001,
      details: [{ field: 'assessmentCode' }],
    });
  });

  it('rejects a load with an invalid record as a whole, naming it', async () => {
    const refused = await load({
      sessions: [
        { businessStreamId: '02', sessionId: '1', sessionName: 'ok', resultStatus: 'Released' },
        { businessStreamId: '02', sessionId: '2', sessionName: 'bad', resultStatus: 'Whenever' },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0].field).toBe('sessions.1.resultStatus');
    expect((await get('/v1/businessStream/02/sessions/1/resultStatus')).status).toBe(404);
  });

  it('takes the same load many times at once as it takes it in turn: every row once, the result issued once', async () => {
    const candidate = { ...CANDIDATE, sessionId: '777001', candidateNumber: '777001' };
    const body = {
      candidateResults: [{ ...candidate, resultStatus: 'Issued', grade: 'A' }],
      enquiries: [{ ...candidate, componentId: '01', enquiryReference: 'EAR-RACE-1', serviceType: 'Review', status: 'Received' }],
      sessions: [{ businessStreamId: '02', sessionId: '777001', sessionName: 'Race', resultStatus: 'Released' }],
      qualifications: [{ businessStreamId: '02', qualificationId: 'QRACE', qualificationGroupId: '7', title: 'Race' }],
      entries: [{ ...candidate, candidateName: 'Race', qualificationId: 'QRACE', components: [{ componentId: '01', mark: 5, maxMark: 10 }] }],
      resultDates: [
        { businessStreamId: '02', sessionId: '777001', resultDateType: 'issue', centreId: '04200', assessmentCode: '0500', date: '2026-08-13T08:00:00Z' },
      ],
      questionPapers: [
        {
          businessStreamId: '02',
          sessionId: '777001',
          assessmentCode: '0500',
          assessmentVersion: '1',
          componentId: '01',
          qpIdentifier: '0500/01/RACE',
          title: 'Race',
        },
      ],
    };
    const answers = await Promise.all(Array.from({ length: 12 }, () => load(body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    const count = async (sql: string) => (await app.dataSource.query(sql))[0].n as number;
    expect(await count("SELECT count(*)::int AS n FROM results_candidate_results WHERE session_id = '777001'")).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM results_enquiries WHERE enquiry_reference = 'EAR-RACE-1'")).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM results_entries WHERE session_id = '777001'")).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM events WHERE type = 'results.result.issued' AND resource_key LIKE '%:777001:%'")).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM events WHERE type = 'results.enquiry.updated' AND resource_key = 'results.enquiry:EAR-RACE-1'")).toBe(1);
  });

  it("keeps loads waiting for their turn from holding the pool's connections that other requests need", async () => {
    // The test holds the lock every load takes first, so the loads below wait on it.
    const locker = new pg.Client({ connectionString: app.database.url });
    await locker.connect();
    try {
      const {
        rows: [{ pid }],
      } = await locker.query("SELECT pg_backend_pid() AS pid, pg_advisory_lock(hashtext('results-load'))");
      // Twice the test server's pool (DB_POOL_SIZE 5): before, they held all five connections waiting.
      const loads = Array.from({ length: 10 }, (_, i) =>
        load({ sessions: [{ businessStreamId: '02', sessionId: String(778000 + i), sessionName: `Queue ${i}`, resultStatus: 'Released' }] }),
      );
      await untilBlockedBy(locker, pid);
      // Another organisation's read is answered while the loads still wait (before: after the pool's
      // 5 s wait for a connection and two retries, 503 "The database is unreachable").
      expect((await get(RESULT_PATH)).status).toBe(200);
      expect(await blockedBy(locker, pid)).toBe(1);
      await locker.query("SELECT pg_advisory_unlock(hashtext('results-load'))");
      expect((await Promise.all(loads)).map((answer) => answer.status)).toEqual(Array(10).fill(200));
      const [{ n }] = await app.dataSource.query("SELECT count(*)::int AS n FROM results_sessions WHERE session_id LIKE '7780%'");
      expect(n).toBe(10);
    } finally {
      await locker.end();
    }
  });
});
