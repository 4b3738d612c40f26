import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed client authentications per client id and source address, in a sliding window (AuthFailureThrottle). */
export class AuthFailures1764000010000 implements MigrationInterface {
  name = 'AuthFailures1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_failures (
        client_id varchar(200) NOT NULL,
        source varchar(64) NOT NULL,
        window_start timestamptz NOT NULL DEFAULT now(),
        failures integer NOT NULL DEFAULT 0,
        PRIMARY KEY (client_id, source)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE auth_failures');
  }
}
