import type { TestApp } from './test-app.js';

/**
 * `count` IELTS results made by PostgreSQL, all shared with the organisation at `sharedAt` (so all
 * with one last-modified time), TRF numbers `<trfPrefix><n, 6 digits><marker><n mod 1000>A`, with an
 * 8 KB photo each when asked.
 */
export async function insertGeneratedResults(
  app: TestApp,
  organisation: string,
  { count, trfPrefix, marker, sharedAt, photos = false }: { count: number; trfPrefix: string; marker: string; sharedAt: string; photos?: boolean },
): Promise<void> {
  await app.dataSource.query(
    `WITH fresh AS (
       INSERT INTO ielts_results (id, trf_number, centre_number, candidate_number, candidate_id, family_name, first_name, date_of_birth, gender,
                                  test_date, module, listening_score, reading_score, writing_score, speaking_score, overall_band_score, status)
       SELECT gen_random_uuid(), $2 || lpad(g::text, 6, '0') || $3 || lpad((g % 1000)::text, 3, '0') || 'A', 'TT001', lpad(g::text, 6, '0'),
              'ID' || g, $3, 'ROW', '1990-01-01', 'U', '2021-01-01', 'Academic', 6, 6, 6, 6, 6, 'RELEASED'
         FROM generate_series(1, $4::int) AS g
       RETURNING id, trf_number),
     photos AS (INSERT INTO ielts_result_photos (result_id, data) SELECT id, decode(repeat(md5(trf_number), 512), 'hex') FROM fresh WHERE $6)
     INSERT INTO ielts_result_shares (result_id, organisation_id, trf_number, shared_at, last_modified_at)
     SELECT id, $1, trf_number, $5, $5 FROM fresh`,
    [organisation, trfPrefix, marker, count, sharedAt, photos],
  );
}

/** The id of the organisation with this code. */
export async function organisationIdOf(app: TestApp, code: string): Promise<string> {
  return (await app.dataSource.query('SELECT id FROM organisations WHERE code = $1', [code]))[0].id as string;
}
