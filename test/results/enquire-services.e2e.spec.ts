import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Results: enquireServices', () => {
  let app: TestApp;
  let admin: TestClient;
  let centre: TestClient;
  let board: TestClient;

  const get = (path: string, client = centre) => call(app.http().get(path).set('Authorization', basic(client)));

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    centre = await createClient(app, { scopes: ['results:read'], orgKind: 'centre', orgCode: '04200' });
    board = await createClient(app, { scopes: ['results:read'], orgKind: 'exam_board', orgCode: 'BOARD-READ' });
    const entry = (centreId: string, candidateNumber: string, assessmentCode: string, grade: string) => ({
      businessStreamId: '01',
      sessionId: '3269',
      centreId,
      candidateNumber,
      candidateName: `Candidate ${candidateNumber}`,
      qualificationId: 'H446',
      assessmentCode,
      grade,
      components: [
        { componentId: '01', mark: 88, maxMark: 140, grade: 'B' },
        { componentId: '02', mark: 101, maxMark: 140 },
      ],
    });
    const dates = Array.from({ length: 7 }, (_, i) => ({
      businessStreamId: '02',
      sessionId: '16884',
      resultDateType: 'issue',
      centreId: i < 5 ? '04200' : '01126',
      assessmentCode: `05${String(i).padStart(2, '0')}`,
      date: `2027-08-1${i}T06:00:00Z`,
      embargoUntil: `2027-08-1${i}T12:00:00Z`,
    }));
    const loaded = await call(
      app
        .http()
        .post('/v1/admin/results/load')
        .set('Authorization', basic(admin))
        .send({
          sessions: [{ businessStreamId: '01', sessionId: '3269', sessionName: 'June 2027 (OCR)', resultStatus: 'Released' }],
          qualifications: [
            { businessStreamId: '01', qualificationId: 'H446', qualificationGroupId: '1', title: 'A Level Computer Science' },
            { businessStreamId: '01', qualificationId: 'J277', qualificationGroupId: '2', title: 'GCSE Computer Science' },
          ],
          entries: [entry('04200', '0001', 'H446', 'A'), entry('04200', '0002', 'H446', 'B'), entry('43319', '0003', 'H446', 'C')],
          resultDates: [
            ...dates,
            { businessStreamId: '02', sessionId: '16884', resultDateType: 'release', assessmentCode: '0500', date: '2027-08-10T06:00:00Z' },
          ],
        }),
    );
    expect(loaded.body).toMatchObject({ qualifications: 2, entries: 3, resultDates: 8 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers stream 01 results data for a qualification group, a centre seeing its own entries', async () => {
    const own = await get('/v1/businessStreams/01/sessions/3269/enquireServices?qualificationGroupId=1');
    expect(own.body.resultsData).toMatchObject({
      qualificationGroupId: '1',
      session: { sessionId: '3269', sessionName: 'June 2027 (OCR)' },
      centres: ['04200'],
      qualifications: [{ qualificationId: 'H446' }],
    });
    expect(own.body.resultsData.entries.map((e: { candidateNumber: string }) => e.candidateNumber)).toEqual(['0001', '0002']);
    expect(own.body.resultsData.entries[0].components).toEqual([
      { componentId: '01', mark: 88, maxMark: 140, grade: 'B' },
      { componentId: '02', mark: 101, maxMark: 140, grade: null },
    ]);
    const all = await get('/v1/businessStreams/01/sessions/3269/enquireServices?qualificationGroupId=1', board);
    expect(all.body.resultsData.centres).toEqual(['04200', '43319']);
    expect((await get('/v1/businessStreams/01/sessions/3269/enquireServices?qualificationGroupId=2')).body.resultsData.entries).toEqual([]);
  });

  it('answers stream 02 issued and released result dates, paged by offset and limit', async () => {
    const first = await get('/v1/businessStreams/02/sessions/16884/enquireServices?resultDateType=issue&offset=0&limit=2', board);
    expect(first.body).toMatchObject({ resultDateType: 'issue', total: 7, offset: 0, limit: 2 });
    const pages = [first.body.resultDates];
    for (let offset = 2; offset < 7; offset += 2)
      pages.push((await get(`/v1/businessStreams/02/sessions/16884/enquireServices?resultDateType=issue&offset=${offset}&limit=2`, board)).body.resultDates);
    expect(pages.flat().map((d: { assessmentCode: string }) => d.assessmentCode)).toEqual(['0500', '0501', '0502', '0503', '0504', '0505', '0506']);
    const ownCentre = await get('/v1/businessStreams/02/sessions/16884/enquireServices?resultDateType=issue');
    expect(ownCentre.body.total).toBe(5);
    expect(ownCentre.body.resultDates[0]).toEqual({
      assessmentCode: '0500',
      centreId: '04200',
      date: '2027-08-10T06:00:00.000Z',
      embargoUntil: '2027-08-10T12:00:00.000Z',
    });
    expect((await get('/v1/businessStreams/02/sessions/16884/enquireServices?resultDateType=issue&centreId=01126')).status).toBe(403);
    const release = await get('/v1/businessStreams/02/sessions/16884/enquireServices?resultDateType=release&centreId=04200');
    expect(release.body.resultDates).toEqual([{ assessmentCode: '0500', centreId: null, date: '2027-08-10T06:00:00.000Z', embargoUntil: null }]);
  });

  it("ignores the other stream's parameters, as generated clients send them all", async () => {
    const results = await get('/v1/businessStreams/01/sessions/3269/enquireServices?qualificationGroupId=1&resultDateType=issue&offset=0', board);
    expect(results.status).toBe(200);
    expect(results.body.resultsData.qualificationGroupId).toBe('1');
    const dates = await get('/v1/businessStreams/02/sessions/16884/enquireServices?qualificationGroupId=1&resultDateType=issue', board);
    expect(dates.status).toBe(200);
    expect(dates.body.resultDates).toBeDefined();
  });

  it("answers 400 naming the stream's missing parameter, or one out of range", async () => {
    const cases: Array<[string, string]> = [
      ['/v1/businessStreams/01/sessions/3269/enquireServices', 'qualificationGroupId'],
      ['/v1/businessStreams/01/sessions/3269/enquireServices?resultDateType=issue', 'qualificationGroupId'],
      ['/v1/businessStreams/02/sessions/16884/enquireServices?offset=0', 'resultDateType'],
      ['/v1/businessStreams/04/sessions/3229/enquireServices', 'businessStreamId'],
      ['/v1/businessStreams/02/sessions/16884/enquireServices?resultDateType=issue&limit=501', 'limit'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path, board);
      expect({ path, status: response.status, code: response.body.errorCode, fields: response.body.details.map((d: { field: string }) => d.field) }).toEqual({
        path,
        status: 400,
        code: 60001,
        fields: expect.arrayContaining([field]),
      });
    }
  });

  it('refuses an issue date without its centre in a load, naming the record', async () => {
    const refused = await call(
      app
        .http()
        .post('/v1/admin/results/load')
        .set('Authorization', basic(admin))
        .send({ resultDates: [{ businessStreamId: '02', sessionId: '1', resultDateType: 'issue', assessmentCode: '0500', date: '2027-08-10T06:00:00Z' }] }),
    );
    expect(refused.body).toMatchObject({ errorCode: 60002, details: [{ field: 'resultDates.0.centreId' }] });
  });
});
