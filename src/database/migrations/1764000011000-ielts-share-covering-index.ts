import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The range index also carries result_id, so that counting a range and finding a page's keys are
 * index-only scans: only the page's own rows are fetched from the heap and joined.
 */
export class IeltsShareCoveringIndex1764000011000 implements MigrationInterface {
  name = 'IeltsShareCoveringIndex1764000011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX ielts_result_shares_ro_modified_covering ON ielts_result_shares (organisation_id, last_modified_at, trf_number) INCLUDE (result_id)',
    );
    await q.query('DROP INDEX ielts_result_shares_ro_modified');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ielts_result_shares_ro_modified ON ielts_result_shares (organisation_id, last_modified_at, trf_number)');
    await q.query('DROP INDEX ielts_result_shares_ro_modified_covering');
  }
}
