import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Classes: an organisation's groups of learners. */
export class BookingClasses1764000004000 implements MigrationInterface {
  name = 'BookingClasses1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE booking_classes (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        name varchar(200) NOT NULL
      )`);
    await q.query('CREATE INDEX booking_classes_org ON booking_classes (organisation_id, name)');
    await q.query(`
      CREATE TABLE booking_class_learners (
        class_id uuid NOT NULL REFERENCES booking_classes(id) ON DELETE CASCADE,
        learner_id uuid NOT NULL REFERENCES booking_learners(id) ON DELETE CASCADE,
        PRIMARY KEY (class_id, learner_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE booking_class_learners');
    await q.query('DROP TABLE booking_classes');
  }
}
