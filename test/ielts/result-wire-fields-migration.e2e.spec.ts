import type { QueryRunner } from 'typeorm';
import { IeltsResultWireFields1764000016000 } from '../../src/database/migrations/1764000016000-ielts-result-wire-fields.js';
import { isNotNull } from '../../src/database/migrations/derived-column-backfill.js';
import { call } from '../support/contract.js';
import { withMigrationRunner } from '../support/migration-runner.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const day = 86_400_000;
const stamp = (time: number) => new Date(time).toISOString().slice(0, 19);
// The demo's results were shared over the last 120 days; the first RO sees more than 2000 of them.
const RANGE = `startDateTime=${stamp(Date.now() - 200 * day)}&endDateTime=${stamp(Date.now() + day)}`;
// Characters that JSON escapes: a quote, a backslash, a tab and a line break.
const ESCAPED_NAME = 'O\'BRIEN "Q" \\ \t\n';

/** The results as they went over the wire; the metadata around them differs from answer to answer. */
const results = (text: string) => text.slice(text.indexOf('"results":['), text.lastIndexOf(',"resultSummary":'));

/**
 * Results whose kept members differ from what the verification SQL built before, with row_to_json, at
 * every read: the oracle for the trigger's own expression.
 */
const DIFFERING_FROM_ROW_TO_JSON = `SELECT count(*)::int AS n FROM ielts_results r WHERE r.wire_fields IS DISTINCT FROM (
  SELECT substr(t, 2, length(t) - 2) FROM (SELECT row_to_json(x)::text AS t FROM (SELECT
    r.candidate_id AS "candidateId", r.id_type AS "idType", r.centre_number AS "centreNumber", r.candidate_number AS "candidateNumber",
    to_char(r.test_date, 'YYYYMMDD') AS "testDate", r.module, r.family_name AS "familyName", r.first_name AS "firstName",
    to_char(r.date_of_birth, 'YYYYMMDD') AS "dateOfBirth", r.gender, r.nationality, r.country_of_origin AS "countryOfOrigin",
    r.first_language AS "firstLanguage", to_char(r.listening_score, 'FM0.00') AS "listeningScore",
    to_char(r.reading_score, 'FM0.00') AS "readingScore", to_char(r.writing_score, 'FM0.00') AS "writingScore",
    to_char(r.speaking_score, 'FM0.00') AS "speakingScore", to_char(r.overall_band_score, 'FM0.00') AS "overallBandScore",
    r.cefr_level AS "cefrLevel", r.trf_number AS "trfNumber", r.telephone, r.postal_address AS "postalAddress",
    r.address_line1 AS "addressLine1", r.address_line2 AS "addressLine2", r.address_line3 AS "addressLine3",
    r.address_line4 AS "addressLine4", r.region, r.town, r.post_code AS "postCode", r.country, r.country_code AS "countryCode",
    r.candidate_email AS "candidateEmail", r.status) x) j)`;

describe("migration 1764000016000: each result's members kept as JSON text beside the row", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_SEED: 'true', JOBS_ENABLED: 'false' });
  });
  afterAll(async () => {
    await app?.close();
  });

  const page = (query: string) => call(app.http().get(`/v1/ielts/result-verification?${RANGE}&${query}`).auth('demo-ielts-ro', 'demo-ielts-ro-secret'));
  const withRunner = (work: (runner: QueryRunner) => Promise<void>) => withMigrationRunner(app.dataSource, work);

  it('fills the results stored before it, and the answers are the same bytes', async () => {
    const queries = ['limit=2000&page=1&photoFlag=Y&OSRFlag=Y', 'limit=2000&page=2&photoFlag=N'];
    const before = await Promise.all(queries.map(page));
    for (const response of before) expect(response.status).toBe(200);
    expect(before[0].body.results).toHaveLength(2000);
    const { trfNumber, familyName } = before[0].body.results[1234];

    // Back to the release before, which changes a result meanwhile; then the migration, in batches of 13.
    const migration = new IeltsResultWireFields1764000016000(13);
    await withRunner((runner) => migration.down(runner));
    await app.dataSource.query('UPDATE ielts_results SET family_name = $2 WHERE trf_number = $1', [trfNumber, ESCAPED_NAME]);
    await withRunner((runner) => migration.up(runner));

    expect(await isNotNull(app.dataSource, 'ielts_results', 'wire_fields')).toBe(true);
    expect(await app.dataSource.query(DIFFERING_FROM_ROW_TO_JSON)).toEqual([{ n: 0 }]);
    const after = await Promise.all(queries.map(page));
    const expected = structuredClone(before[0].body.results);
    expected[1234].familyName = ESCAPED_NAME;
    expect(after[0].body.results).toEqual(expected);
    expect(results(after[1].text)).toBe(results(before[1].text));

    // Written from here on, through the trigger.
    await app.dataSource.query('UPDATE ielts_results SET family_name = $2 WHERE trf_number = $1', [trfNumber, familyName]);
    expect(results((await page(queries[0])).text)).toBe(results(before[0].text));
  });

  it('does nothing more when run again', async () => {
    const [{ n: before }] = await app.dataSource.query('SELECT count(*)::int AS n FROM ielts_results WHERE wire_fields IS NOT NULL');
    await withRunner((runner) => new IeltsResultWireFields1764000016000().up(runner));
    const [{ n: after }] = await app.dataSource.query('SELECT count(*)::int AS n FROM ielts_results WHERE wire_fields IS NOT NULL');
    expect(after).toBe(before);
  });
});
