import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IELTS_COUNTRY_CODES } from '../../ielts/country-codes.js';

/** The seed's country table as reference data; result country codes must be in it. */
export class IeltsCountryCodes1764000002000 implements MigrationInterface {
  name = 'IeltsCountryCodes1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE ielts_country_codes (code varchar(3) PRIMARY KEY, name varchar(100) NOT NULL)');
    const values = IELTS_COUNTRY_CODES.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2})`).join(', ');
    await q.query(
      `INSERT INTO ielts_country_codes (code, name) VALUES ${values}`,
      IELTS_COUNTRY_CODES.flatMap((c) => [c.code, c.name]),
    );
    for (const column of ['nationality', 'country_of_origin', 'country_code']) {
      await q.query(`ALTER TABLE ielts_results ADD CONSTRAINT ielts_results_${column}_fk FOREIGN KEY (${column}) REFERENCES ielts_country_codes(code)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of ['nationality', 'country_of_origin', 'country_code']) {
      await q.query(`ALTER TABLE ielts_results DROP CONSTRAINT ielts_results_${column}_fk`);
    }
    await q.query('DROP TABLE ielts_country_codes');
  }
}
