import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importResults, readImportRecords } from '../../src/ielts/result-import.js';
import { ResultIngestService } from '../../src/ielts/result-ingest.service.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BASE = {
  candidateId: 'P100',
  centreNumber: 'DE002',
  candidateNumber: '000001',
  testDate: '2020-03-01',
  module: 'Academic',
  familyName: 'MULLER',
  firstName: 'JONAS',
  dateOfBirth: '1995-05-05',
  gender: 'M',
  nationality: 'DEU',
  listeningScore: 8,
  readingScore: 7.5,
  writingScore: 7,
  speakingScore: 7.5,
  overallBandScore: 7.5,
  status: 'RELEASED',
};

describe('bulk import of IELTS results', () => {
  let app: TestApp;
  let ro: TestClient;
  const dir = mkdtempSync(join(tmpdir(), 'ielts-import-'));

  beforeAll(async () => {
    app = await startTestApp();
    ro = await createClient(app, { scopes: ['ielts:read'], orgCode: '8001' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads the good NDJSON rows, shares them, and reports each bad row without stopping', async () => {
    const lines = [
      JSON.stringify({ ...BASE, trfNumber: '20DE000001MULL001A', shareWith: ['8001'], sharedAt: '2020-04-01T10:00:00Z' }),
      JSON.stringify({ ...BASE, trfNumber: '20DE000002MULL002A', listeningScore: 8.2 }),
      '{"trfNumber": "20DE000003MULL003A", ',
      JSON.stringify({ ...BASE, trfNumber: '20DE000004MULL004A', nationality: 'QQQ' }),
      JSON.stringify({ ...BASE, trfNumber: 'bad' }),
      JSON.stringify({ ...BASE, trfNumber: '20DE000006MULL006A', shareWith: ['0000'] }),
      JSON.stringify({ ...BASE, trfNumber: '20DE000007MULL007A', shareWith: ['8001'], sharedAt: '2020-04-02T10:00:00Z' }),
    ];
    const file = join(dir, 'results.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await importResults(readImportRecords(file, 'ndjson'), app.running.app.get(ResultIngestService));
    expect(report).toMatchObject({ rows: 7, created: 2, failed: 5, shares: 2 });
    expect(report.errors.map((e) => [e.row, e.problems[0].field])).toEqual([
      [2, 'listeningScore'],
      [3, '(line)'],
      [4, 'nationality'],
      [5, 'trfNumber'],
      [6, 'shareWith'],
    ]);
    // A row is all or nothing: row 6's result is not left behind by its failed share.
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM ielts_results WHERE trf_number = $1', ['20DE000006MULL006A']);
    expect(n).toBe(0);
    const seen = await call(
      app
        .http()
        .get('/v1/ielts/result-verification?startDateTime=2020-04-01T00:00:00&endDateTime=2020-04-03T00:00:00&photoFlag=N')
        .set('Authorization', basic(ro)),
    );
    expect(seen.body.results.map((r: { trfNumber: string }) => r.trfNumber)).toEqual(['20DE000001MULL001A', '20DE000007MULL007A']);
  });

  it('reads CSV with a header, quoted values and several ROs per row, and re-imports without change', async () => {
    const header =
      'trfNumber,candidateId,centreNumber,candidateNumber,testDate,module,familyName,firstName,dateOfBirth,gender,listeningScore,readingScore,writingScore,speakingScore,overallBandScore,status,town,shareWith,sharedAt';
    const row = (trf: string, town: string) =>
      `${trf},P200,DE002,000002,2020-03-01,General Training,"O'NEIL, JR",ANNA,1990-01-01,F,6,6.5,6,6,6,RELEASED,${town},8001,2020-05-01T00:00:00Z`;
    const file = join(dir, 'results.csv');
    writeFileSync(file, [header, row('20DE000010ONEI010A', '"Berlin, ""Mitte"""'), row('20DE000011ONEI011A', 'Bonn'), 'only,three,values'].join('\n'));
    const first = await importResults(readImportRecords(file, 'csv'), app.running.app.get(ResultIngestService));
    expect(first).toMatchObject({ rows: 3, created: 2, shares: 2, failed: 1 });
    expect(first.errors[0]).toMatchObject({ row: 3, problems: [{ message: 'the line has 3 values for 19 columns' }] });
    const again = await importResults(readImportRecords(file, 'csv'), app.running.app.get(ResultIngestService));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, shares: 0 });
    const seen = await call(app.http().get('/v1/ielts/result-verification?trfNumber=20DE000010ONEI010A&photoFlag=N').set('Authorization', basic(ro)));
    expect(seen.body.results[0]).toMatchObject({ familyName: "O'NEIL, JR", town: 'Berlin, "Mitte"', module: 'General Training' });
  });

  it('reads a quoted line break as part of its value, and reports an unclosed quote as the failed last row', async () => {
    const header =
      'trfNumber,candidateId,centreNumber,candidateNumber,testDate,module,familyName,firstName,dateOfBirth,gender,listeningScore,readingScore,writingScore,speakingScore,overallBandScore,status,town,shareWith';
    const row = (trf: string, town: string) => `${trf},P300,DE003,000003,2020-03-01,Academic,LINES,EVA,1990-01-01,F,6,6,6,6,6,RELEASED,${town},8001`;
    const file = join(dir, 'multiline.csv');
    writeFileSync(
      file,
      [header, row('20DE000020LINE020A', '"Frankfurt\r\nam Main"'), row('20DE000021LINE021A', 'Köln'), row('20DE000022LINE022A', '"Essen')].join('\r\n'),
    );
    const report = await importResults(readImportRecords(file, 'csv'), app.running.app.get(ResultIngestService));
    expect(report).toMatchObject({ rows: 3, created: 2, failed: 1 });
    expect(report.errors[0]).toMatchObject({ row: 3, problems: [{ message: expect.stringMatching(/^the record cannot be read: .*quote/i) }] });
    const seen = await call(app.http().get('/v1/ielts/result-verification?trfNumber=20DE000020LINE020A&photoFlag=N').set('Authorization', basic(ro)));
    expect(seen.body.results[0]).toMatchObject({ town: 'Frankfurt\r\nam Main', familyName: 'LINES' });
  });
});
