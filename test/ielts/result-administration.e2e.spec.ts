import { DEMO_PHOTO_JPEG } from '../../src/seed/ielts-demo-results.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TRF = '19GB123456SMIT001A';
// A second photo for the same result, long enough that PostgreSQL's base64 encoder would break its lines.
const RETAKEN_PHOTO = Buffer.concat([DEMO_PHOTO_JPEG, Buffer.alloc(300, 0xa5)]);
const RESULT = {
  candidateId: 'P7654321',
  idType: 'Passport',
  centreNumber: 'GB123',
  candidateNumber: '000123',
  testDate: '2019-06-01',
  module: 'General Training',
  familyName: 'SMITH',
  firstName: 'JANE',
  dateOfBirth: '1990-02-03',
  gender: 'F',
  nationality: 'GBR',
  countryOfOrigin: 'XKX',
  firstLanguage: 'English',
  listeningScore: 6.5,
  readingScore: 6,
  writingScore: 5.5,
  speakingScore: 6,
  overallBandScore: 6,
  cefrLevel: 'B2',
  status: 'RELEASED',
};

describe('IELTS provider ingest, country codes and XML', () => {
  let app: TestApp;
  let admin: TestClient;
  let ro: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createClient(app, { scopes: ['ielts:admin'], orgKind: 'exam_board', orgCode: 'BOARD' });
    ro = await createClient(app, { scopes: ['ielts:read'], orgCode: '7001' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const put = (path: string, body: unknown, client = admin) =>
    call(
      app
        .http()
        .put(path)
        .set('Authorization', basic(client))
        .send(body as object),
    );
  const poll = (query: string, accept?: string) => {
    const request = app.http().get(`/v1/ielts/result-verification?${query}`).set('Authorization', basic(ro));
    return call(accept ? request.set('Accept', accept) : request);
  };

  it('creates, replays and shares a result, which the RO then sees', async () => {
    const created = await put(`/v1/ielts/admin/results/${TRF}`, RESULT);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ trfNumber: TRF, created: true, changed: true, resurfacedFor: 0 });
    const replay = await put(`/v1/ielts/admin/results/${TRF}`, RESULT);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ created: false, changed: false });
    const shared = await put(`/v1/ielts/admin/results/${TRF}/shares/7001`, { sharedAt: '2019-07-01T09:00:00Z' });
    expect(shared.status).toBe(201);
    expect(shared.body).toEqual({ trfNumber: TRF, roId: '7001', sharedAt: '2019-07-01T09:00:00.000Z', lastModifiedDate: '2019-07-01T09:00:00.000Z' });
    const again = await put(`/v1/ielts/admin/results/${TRF}/shares/7001`, undefined);
    expect(again.status).toBe(200);
    expect(again.body.sharedAt).toBe('2019-07-01T09:00:00.000Z');
    const seen = await poll(`trfNumber=${TRF}&photoFlag=N`);
    expect(seen.body.results[0]).toMatchObject({
      roId: '7001',
      module: 'General Training',
      countryOfOrigin: 'XKX',
      overallBandScore: '6.00',
      testDate: '20190601',
    });
  });

  it('re-surfaces a remarked result in the next date-range poll, with its new scores', async () => {
    const firstPoll = await poll('startDateTime=2019-07-01T00:00:00&endDateTime=2019-07-02T00:00:00&photoFlag=N');
    expect(firstPoll.body.results.map((r: { trfNumber: string }) => r.trfNumber)).toEqual([TRF]);
    const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
    const remark = await put(`/v1/ielts/admin/results/${TRF}`, { ...RESULT, writingScore: 6.5, overallBandScore: 6.5, status: 'REMARKED' });
    expect(remark.body).toEqual({ trfNumber: TRF, created: false, changed: true, resurfacedFor: 1 });
    const until = new Date(Date.now() + 60_000).toISOString().slice(0, 19);
    const nextPoll = await poll(`startDateTime=${since}&endDateTime=${until}&photoFlag=N`);
    expect(nextPoll.body.results).toHaveLength(1);
    expect(nextPoll.body.results[0]).toMatchObject({ trfNumber: TRF, status: 'REMARKED', writingScore: '6.50', overallBandScore: '6.50' });
    expect(new Date(nextPoll.body.results[0].lastModifiedDate).getTime()).toBeGreaterThan(new Date('2019-07-02T00:00:00Z').getTime());
    const oldWindow = await poll('startDateTime=2019-07-01T00:00:00&endDateTime=2019-07-02T00:00:00&photoFlag=N');
    expect(oldWindow.body.results).toEqual([]);
  });

  it('stores a photo apart and serves it with photoFlag=Y', async () => {
    const stored = await put(`/v1/ielts/admin/results/${TRF}/photo`, { data: DEMO_PHOTO_JPEG.toString('base64'), mediaType: 'JPEG' });
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({ changed: true, resurfacedFor: 1 });
    const seen = await poll(`trfNumber=${TRF}&photoFlag=Y`);
    expect(Buffer.from(seen.body.results[0].photo.data, 'base64').equals(DEMO_PHOTO_JPEG)).toBe(true);
    // A replaced photo is served as replaced: its base64 text, kept beside the bytes, follows them.
    expect((await put(`/v1/ielts/admin/results/${TRF}/photo`, { data: RETAKEN_PHOTO.toString('base64'), mediaType: 'JPEG' })).body).toMatchObject({
      changed: true,
    });
    const reseen = await poll(`trfNumber=${TRF}&photoFlag=Y`);
    expect(reseen.body.results[0].photo.data).toBe(RETAKEN_PHOTO.toString('base64'));
    const notJpeg = await put(`/v1/ielts/admin/results/${TRF}/photo`, { data: Buffer.from('GIF89a....').toString('base64') });
    expect(notJpeg.body).toMatchObject({ errorCode: 60002, details: [{ field: 'data', message: 'data is not a JPEG image' }] });
    const unknown = await put('/v1/ielts/admin/results/19GB999999ZZZZ999Z/photo', { data: DEMO_PHOTO_JPEG.toString('base64') });
    expect(unknown.status).toBe(404);
  });

  it.each([
    [{ listeningScore: 7.3 }, 'listeningScore', 'listeningScore must be a multiple of 0.5'],
    [{ overallBandScore: 9.5 }, 'overallBandScore', 'overallBandScore must be at most 9'],
    [{ nationality: 'ABC' }, 'nationality', 'nationality ABC is not in the country table (GET /v1/ielts/country-codes)'],
    [{ testDate: '2019-02-30' }, 'testDate', 'testDate must be a calendar date (YYYY-MM-DD)'],
    [{ module: 'Academic Plus' }, 'module', 'module must be one of: Academic, General Training'],
    [{ osrSkill: 'Writing' }, 'osrSkill', 'a One Skill Retake needs osrSkill, osrTestDate and osrOriginalTrfNumber together'],
    [{ shoeSize: 42 }, 'shoeSize', 'shoeSize is not a known field'],
    [{ familyName: undefined }, 'familyName', 'familyName is required'],
  ])('refuses an invalid result %j naming the field', async (change, field, message) => {
    const response = await put('/v1/ielts/admin/results/19GB123456SMIT002A', { ...RESULT, ...change });
    expect(response.status).toBe(400);
    expect(response.body.errorCode).toBe(60002);
    expect(response.body.details).toContainEqual({ location: 'body', field, message });
  });

  it('refuses a malformed TRF number in the path, and shares with an unknown or non-RO organisation', async () => {
    const badTrf = await put('/v1/ielts/admin/results/not-a-trf', RESULT);
    expect(badTrf.body).toMatchObject({ errorCode: 60001, details: [{ location: 'path', field: 'trfNumber' }] });
    expect((await put(`/v1/ielts/admin/results/${TRF}/shares/9999`, {})).status).toBe(404);
    expect((await put(`/v1/ielts/admin/results/${TRF}/shares/BOARD`, {})).status).toBe(404);
    expect((await put(`/v1/ielts/admin/results/${TRF}/shares/7001`, { sharedAt: '2999-01-01T00:00:00Z' })).body.errorCode).toBe(60002);
  });

  it('keeps the provider side to ielts:admin', async () => {
    const response = await put(`/v1/ielts/admin/results/${TRF}`, RESULT, ro);
    expect(response.status).toBe(403);
  });

  it('serves the seed country table with its special codes', async () => {
    const response = await call(app.http().get('/v1/ielts/country-codes'));
    expect(response.body.countries).toHaveLength(207);
    expect(response.body.countries[0]).toEqual({ code: '0', name: 'Other' });
    const codes = response.body.countries.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['UNK', 'XXX', 'XKX', 'GBR', 'CIV', 'BHR']));
  });

  it('serves XML on Accept: application/xml and 406 for a media type it does not serve', async () => {
    const xml = await poll(`trfNumber=${TRF}&photoFlag=N`, 'application/xml');
    expect(xml.status).toBe(200);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<resultVerificationResponse><messageMetadata>/);
    expect(xml.text).toContain(`<results><result><roName>Organisation 7001</roName>`);
    expect(xml.text).toContain(`<trfNumber>${TRF}</trfNumber>`);
    expect(xml.text).toContain('<resultSummary><recordCount>1</recordCount>');
    expect(xml.text).not.toContain('<telephone>');
    const preferred = await poll(`trfNumber=${TRF}&photoFlag=N`, 'application/json;q=0.5, application/xml');
    expect(preferred.headers['content-type']).toContain('application/xml');
    const anything = await poll(`trfNumber=${TRF}&photoFlag=N`, '*/*');
    expect(anything.headers['content-type']).toContain('application/json');
    const refused = await poll(`trfNumber=${TRF}&photoFlag=N`, 'text/csv');
    expect(refused.status).toBe(406);
    expect(refused.body).toMatchObject({ errorCode: 60007, details: [{ location: 'header', field: 'Accept' }] });
  });
});
