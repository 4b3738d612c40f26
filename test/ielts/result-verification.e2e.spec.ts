import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { pgPoolOf } from '../../src/database/pg-pool.js';
import { CHUNK_ROWS } from '../../src/ielts/result-verification.service.js';
import { DEMO_PHOTO_JPEG, seedIeltsDemoResults } from '../../src/seed/ielts-demo-results.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { insertGeneratedResults, organisationIdOf } from '../support/ielts-results.js';
import { assertFetchedMatchesContract, call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

const URL_BASE = '/v1/ielts/result-verification';

describe('IELTS result verification', () => {
  let app: TestApp;
  let roA: TestClient;
  let roB: TestClient;
  let roAId: string;
  let roBId: string;

  const organisationId = (code: string) => organisationIdOf(app, code);

  async function insertResult(trf: string, fields: Record<string, unknown> = {}): Promise<string> {
    const id = randomUUID();
    const row = {
      id,
      trf_number: trf,
      centre_number: 'UZ010',
      candidate_number: '000772',
      candidate_id: 'P1234567',
      id_type: 'Passport',
      family_name: 'KARIMOVA',
      first_name: 'DILNOZA',
      date_of_birth: '2003-04-14',
      gender: 'F',
      nationality: 'UZB',
      country_of_origin: 'UZB',
      first_language: 'Uzbek',
      test_date: '2019-07-02',
      module: 'Academic',
      listening_score: 7.5,
      reading_score: 7,
      writing_score: 6.5,
      speaking_score: 7,
      overall_band_score: 7,
      cefr_level: 'C1',
      status: 'RELEASED',
      ...fields,
    };
    const columns = Object.keys(row);
    await app.dataSource.query(
      `INSERT INTO ielts_results (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(row),
    );
    return id;
  }

  async function share(resultId: string, trf: string, organisation: string, at: string) {
    await app.dataSource.query(
      'INSERT INTO ielts_result_shares (result_id, organisation_id, trf_number, shared_at, last_modified_at) VALUES ($1, $2, $3, $4, $4)',
      [resultId, organisation, trf, at],
    );
  }

  beforeAll(async () => {
    app = await startTestApp();
    roA = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-A' });
    roB = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-B' });
    roAId = await organisationId('RO-A');
    roBId = await organisationId('RO-B');
    const first = await insertResult('17UZ010772RAKN025A', {
      osr_skill: 'Writing',
      osr_test_date: '2019-08-01',
      osr_original_trf_number: '17UZ010772RAKN024A',
    });
    await app.dataSource.query('INSERT INTO ielts_result_photos (result_id, data) VALUES ($1, $2)', [first, DEMO_PHOTO_JPEG]);
    await share(first, '17UZ010772RAKN025A', roAId, '2019-09-30T10:15:00Z');
    const second = await insertResult('17UZ010773SMIT026A', { family_name: 'SMITH', first_name: 'JAMES', gender: 'M' });
    await share(second, '17UZ010773SMIT026A', roBId, '2019-10-01T08:00:00Z');
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (client: TestClient, query: string) => call(app.http().get(`${URL_BASE}?${query}`).set('Authorization', basic(client)));

  it('returns a result by TRF number in the shape of the original API', async () => {
    const response = await get(roA, 'trfNumber=17UZ010772RAKN025A&photoFlag=N');
    expect(response.status).toBe(200);
    expect(response.body.resultSummary).toMatchObject({ recordCount: 1, totalRecordCount: 1 });
    expect(response.body.messageMetadata).toMatchObject({ messageOriginator: 'IELTS', messageRequestUid: response.headers['x-transaction-id'] });
    expect(response.body.results[0]).toMatchObject({
      roId: 'RO-A',
      trfNumber: '17UZ010772RAKN025A',
      testDate: '20190702',
      dateOfBirth: '20030414',
      module: 'Academic',
      listeningScore: '7.50',
      readingScore: '7.00',
      writingScore: '6.50',
      speakingScore: '7.00',
      overallBandScore: '7.00',
      status: 'RELEASED',
      lastModifiedDate: '2019-09-30T10:15:00.000Z',
      cefrLevel: 'C1',
    });
    expect(response.body.results[0]).not.toHaveProperty('photo');
    expect(response.body.results[0]).not.toHaveProperty('osrSkill');
  });

  it('includes the photo only with photoFlag=Y, and the OSR fields only with OSRFlag=Y', async () => {
    const response = await get(roA, 'trfNumber=17UZ010772RAKN025A&photoFlag=Y&OSRFlag=Y');
    const [result] = response.body.results;
    expect(Buffer.from(result.photo.data, 'base64').equals(DEMO_PHOTO_JPEG)).toBe(true);
    expect(result.photoMediaType).toBe('JPEG');
    expect(result).toMatchObject({ osrSkill: 'Writing', osrTestDate: '20190801', osrOriginalTrfNumber: '17UZ010772RAKN024A' });
  });

  it('ignores the date range when a TRF number is sent', async () => {
    const response = await get(roA, 'trfNumber=17UZ010772RAKN025A&startDateTime=2030-01-01T00:00:00&endDateTime=2001-01-01T00:00:00&photoFlag=N');
    expect(response.status).toBe(200);
    expect(response.body.results).toHaveLength(1);
    // Even a malformed one, as the seed says the range "will be ignored".
    expect(response.body.resultSummary).toMatchObject({ recordCount: 1, totalRecordCount: 1, page: 1, limit: 2000, totalPages: 1 });
    const malformed = await get(roA, 'trfNumber=17UZ010772RAKN025A&startDateTime=2019-02-30T00:00:00&endDateTime=yesterday&photoFlag=N');
    expect(malformed.status).toBe(200);
    expect(malformed.body.results).toHaveLength(1);
    expect((await get(roA, 'startDateTime=2019-02-30T00:00:00&endDateTime=2019-03-01T00:00:00&photoFlag=N')).status).toBe(400);
  });

  it('answers 404/70404 alike for a TRF shared with another RO and for one that does not exist', async () => {
    const other = await get(roA, 'trfNumber=17UZ010773SMIT026A&photoFlag=N');
    const none = await get(roA, 'trfNumber=99ZZ999999ZZZZ999Z&photoFlag=N');
    expect([other.status, none.status]).toEqual([404, 404]);
    expect(other.body.errorCode).toBe(70404);
    expect({ ...other.body, transactionId: '', detail: '' }).toEqual({ ...none.body, transactionId: '', detail: '' });
  });

  it('answers lookups sent at once by several ROs each with its own result, read together or not', async () => {
    const statements = async () => {
      const text = (await call(app.http().get('/metrics'))).text;
      const value = (name: string) => Number(new RegExp(`^ielts_trf_lookups_per_statement_${name} (\\S+)$`, 'm').exec(text)?.[1]);
      return { lookups: value('sum'), statements: value('count') };
    };
    const before = await statements();
    // Sent together, most reach the server in one turn of its event loop and are read by one statement.
    const asked = Array.from({ length: 24 }, (_, i) => ({
      client: i % 2 === 0 ? roA : roB,
      trf: i % 3 === 0 ? '17UZ010773SMIT026A' : '17UZ010772RAKN025A',
      photo: i % 4 === 0 ? 'Y' : 'N',
    }));
    const responses = await Promise.all(asked.map(({ client, trf, photo }) => get(client, `trfNumber=${trf}&photoFlag=${photo}`)));
    const seen = responses.map((r) =>
      r.status === 200 ? `${r.body.results[0].roId} ${r.body.results[0].trfNumber} ${'photo' in r.body.results[0]}` : r.status,
    );
    const expected = asked.map(({ client, trf, photo }) => {
      const owner = trf === '17UZ010773SMIT026A' ? roB : roA;
      // Only RO-A's result has a photo.
      return client === owner ? `${owner === roA ? 'RO-A' : 'RO-B'} ${trf} ${photo === 'Y' && owner === roA}` : 404;
    });
    expect(seen).toEqual(expected);
    // Each lookup was read by exactly one statement, however they were grouped.
    const after = await statements();
    expect(after.lookups - before.lookups).toBe(asked.length);
    expect(after.statements - before.statements).toBeGreaterThanOrEqual(1);
    expect(after.statements - before.statements).toBeLessThanOrEqual(asked.length);
  });

  it('answers each missing or malformed parameter with 400/60001 naming it', async () => {
    const cases: Array<[string, string]> = [
      ['photoFlag=N', 'trfNumber'],
      ['startDateTime=2019-09-01T00:00:00&photoFlag=N', 'endDateTime'],
      ['endDateTime=2019-09-01T00:00:00&photoFlag=N', 'startDateTime'],
      ['trfNumber=17UZ010772RAKN025A', 'photoFlag'],
      ['trfNumber=17UZ010772RAKN025A&photoFlag=X', 'photoFlag'],
      ['trfNumber=not-a-trf&photoFlag=N', 'trfNumber'],
      ['startDateTime=2019-09-01&endDateTime=2019-10-01T00:00:00&photoFlag=N', 'startDateTime'],
      ['startDateTime=2019-02-30T00:00:00&endDateTime=2019-10-01T00:00:00&photoFlag=N', 'startDateTime'],
      ['startDateTime=2019-10-02T00:00:00&endDateTime=2019-10-01T00:00:00&photoFlag=N', 'endDateTime'],
      ['startDateTime=2019-09-01T00:00:00&endDateTime=2019-10-01T00:00:00&photoFlag=N&limit=2001', 'limit'],
      ['startDateTime=2019-09-01T00:00:00&endDateTime=2019-10-01T00:00:00&photoFlag=N&page=0', 'page'],
      ['trfNumber=17UZ010772RAKN025A&photoFlag=N&OSRFlag=yes', 'OSRFlag'],
    ];
    for (const [query, field] of cases) {
      const response = await get(roA, query);
      expect({ query, status: response.status, code: response.body.errorCode, fields: response.body.details.map((d: { field: string }) => d.field) }).toEqual({
        query,
        status: 400,
        code: 60001,
        fields: expect.arrayContaining([field]),
      });
    }
  });

  it('filters a date range on the last-modified time as this RO sees it, both ends inclusive', async () => {
    const inclusive = await get(roA, 'startDateTime=2019-09-30T10:15:00&endDateTime=2019-09-30T10:15:00&photoFlag=N');
    expect(inclusive.body.results.map((r: { trfNumber: string }) => r.trfNumber)).toEqual(['17UZ010772RAKN025A']);
    const before = await get(roA, 'startDateTime=2019-09-01T00:00:00&endDateTime=2019-09-30T10:14:59&photoFlag=N');
    expect(before.body.results).toEqual([]);
    const isolated = await get(roB, 'startDateTime=2019-01-01T00:00:00&endDateTime=2019-12-31T23:59:59&photoFlag=N');
    expect(isolated.body.results.map((r: { trfNumber: string }) => r.trfNumber)).toEqual(['17UZ010773SMIT026A']);
  });

  it('streams a page across chunk boundaries exactly once, even when many results share one last-modified time', async () => {
    const tied = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-TIED' });
    const orgId = await organisationId('RO-TIED');
    await insertGeneratedResults(app, orgId, { count: 600, trfPrefix: '21TT', marker: 'TIED', sharedAt: '2021-02-01T12:00:00.123456Z' });
    const page = await get(tied, 'startDateTime=2021-02-01T00:00:00&endDateTime=2021-02-02T00:00:00&photoFlag=N&limit=2000');
    const trfs = page.body.results.map((r: { trfNumber: string }) => r.trfNumber);
    expect(page.body.resultSummary).toMatchObject({ recordCount: 600, totalRecordCount: 600 });
    expect(trfs).toHaveLength(600);
    expect(new Set(trfs).size).toBe(600);
    expect([...trfs].sort()).toEqual(trfs);
    const second = await get(tied, 'startDateTime=2021-02-01T00:00:00&endDateTime=2021-02-02T00:00:00&photoFlag=N&page=2&limit=400');
    expect(second.body.results.map((r: { trfNumber: string }) => r.trfNumber)).toEqual(trfs.slice(400));
  });

  describe('with thousands of shared results', () => {
    let expected: number;
    let bulk: TestClient;
    beforeAll(async () => {
      bulk = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-BULK-A' });
      await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-BULK-B' });
      const ros: [string, string] = [await organisationId('RO-BULK-A'), await organisationId('RO-BULK-B')];
      await app.dataSource.transaction((manager) => seedIeltsDemoResults(manager, ros, 2600));
      [{ n: expected }] = await app.dataSource.query('SELECT count(*)::int AS n FROM ielts_result_shares WHERE organisation_id = $1', [ros[0]]);
    });

    const RANGE = 'startDateTime=2000-01-01T00:00:00&endDateTime=2099-12-31T23:59:59&photoFlag=N';

    it('refuses more than 2000 records without pagination (60008)', async () => {
      expect(expected).toBeGreaterThan(2000);
      const response = await get(bulk, RANGE);
      expect(response.status).toBe(400);
      expect(response.body.errorCode).toBe(60008);
      expect(response.body.detail).toContain(String(expected));
    });

    it('pages through the range returning every record exactly once, in a stable order', async () => {
      const seen: string[] = [];
      let page = 1;
      let totalPages = Infinity;
      while (page <= totalPages) {
        const response = await get(bulk, `${RANGE}&page=${page}&limit=1000`);
        expect(response.status).toBe(200);
        totalPages = response.body.resultSummary.totalPages;
        expect(response.body.resultSummary).toMatchObject({ totalRecordCount: expected, page, limit: 1000 });
        expect(response.body.messageMetadata.nextResultSetUrl === null).toBe(page === totalPages);
        seen.push(...response.body.results.map((r: { trfNumber: string }) => r.trfNumber));
        page += 1;
      }
      expect(totalPages).toBe(Math.ceil(expected / 1000));
      expect(seen).toHaveLength(expected);
      expect(new Set(seen).size).toBe(expected);
      const beyond = await get(bulk, `${RANGE}&page=${totalPages + 1}&limit=1000`);
      expect(beyond.body.results).toEqual([]);
    });
  });

  it('reads a photo page from the database only as fast as the client reads the answer', async () => {
    const slow = await createClient(app, { scopes: ['ielts:read'], orgCode: 'RO-SLOW' });
    // 2000 results with 8 KB photos: a page of about 23 MB, far more than the socket buffers hold.
    await insertGeneratedResults(app, await organisationId('RO-SLOW'), {
      count: 2000,
      trfPrefix: '22SL',
      marker: 'SLOW',
      sharedAt: '2022-02-01T12:00:00Z',
      photos: true,
    });
    // The page's chunks (CHUNK_ROWS.photos rows each), counted as the service asks the pool for them.
    const allChunks = 2000 / CHUNK_ROWS.photos;
    const pool = pgPoolOf(app.dataSource);
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    let chunks = 0;
    const spy = jest.spyOn(pool, 'query').mockImplementation(((...args: unknown[]) => {
      const name = (args[0] as { name?: string } | undefined)?.name ?? '';
      if (/^ielts-(first|next)-p/.test(name)) chunks++;
      return query(...args);
    }) as typeof pool.query);
    let response: http.IncomingMessage | undefined;
    try {
      const url = `${app.baseUrl}${URL_BASE}?startDateTime=2022-02-01T00:00:00&endDateTime=2022-02-01T23:59:59&photoFlag=Y&limit=2000`;
      // node:http stops reading the socket while the answer is not read.
      response = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get(url, { headers: { authorization: basic(slow) } }, resolve).on('error', reject),
      );
      expect(response.statusCode).toBe(200);
      // Wait until the server has stopped asking for chunks: none for a second.
      let seen = -1;
      await until(async () => {
        const settled = seen === chunks;
        seen = chunks;
        if (!settled) await new Promise((resolve) => setTimeout(resolve, 1000));
        return settled;
      }, 60_000);
      // Only what the socket buffers hold was read; read whole, the page takes all its chunks.
      expect(chunks).toBeGreaterThan(0);
      expect(chunks).toBeLessThan(allChunks);
      let text = '';
      response.setEncoding('utf8');
      for await (const piece of response) text += piece;
      expect(chunks).toBe(allChunks);
      assertFetchedMatchesContract('GET', url, { status: 200, headers: new Headers(response.headers as Record<string, string>) }, text);
      const page = JSON.parse(text);
      expect(page.resultSummary).toMatchObject({ recordCount: 2000, totalRecordCount: 2000 });
      expect(page.results).toHaveLength(2000);
      expect(page.results.every((result: { photo?: { data: string } }) => result.photo?.data.length === 10924)).toBe(true);
    } finally {
      spy.mockRestore();
      // A failed expectation leaves the answer unread: close it, or the server waits on it at shutdown.
      response?.destroy();
    }
  });
});
