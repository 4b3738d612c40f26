import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
import type { Class, ClassInput } from './generated/booking.dto.js';
import { MESSAGES, bookingError } from './booking-rules.js';

/** Classes: an organisation's groups of learners, and how many of them are booked for an upcoming event. */
@Injectable()
export class ClassRosterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async list(organisationId: string): Promise<Class[]> {
    const classes: Array<{ id: string; name: string }> = await this.dataSource.query(
      'SELECT id, name FROM booking_classes WHERE organisation_id = $1 ORDER BY name, id',
      [organisationId],
    );
    return Promise.all(classes.map((c) => this.view(this.dataSource.manager, c)));
  }

  async put(id: string, input: ClassInput): Promise<Class> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.requireByCode(input.Organization, { manager });
      const [{ found }]: Array<{ found: string[] }> = await manager.query(
        'SELECT coalesce(array_agg(id::text), ARRAY[]::text[]) AS found FROM booking_learners WHERE id = ANY($1::uuid[]) AND organisation_id = $2',
        [input.Learners, organisation.id],
      );
      const missing = input.Learners.filter((learnerId) => !found.includes(learnerId));
      if (missing.length) throw bookingError(MESSAGES.learnerNotFound, 'Learners', missing.join(', '));
      await manager.query(
        `INSERT INTO booking_classes (id, organisation_id, name) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name`,
        [id, organisation.id, input.Name],
      );
      // The class's learners become exactly those sent.
      await manager.query('DELETE FROM booking_class_learners WHERE class_id = $1 AND NOT (learner_id = ANY($2::uuid[]))', [id, input.Learners]);
      await manager.query('INSERT INTO booking_class_learners (class_id, learner_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [
        id,
        input.Learners,
      ]);
      return this.view(manager, { id, name: input.Name });
    });
  }

  private async view(manager: EntityManager, entity: { id: string; name: string }): Promise<Class> {
    const learners: Array<{ id: string; name: string; email: string | null; code: string | null }> = await manager.query(
      `SELECT l.id, l.name, l.email, l.code FROM booking_class_learners cl JOIN booking_learners l ON l.id = cl.learner_id WHERE cl.class_id = $1`,
      [entity.id],
    );
    learners.sort((a, b) => a.name.localeCompare(b.name));
    const [{ n }]: Array<{ n: number }> = await manager.query(
      `SELECT count(DISTINCT r.learner_id)::int AS n FROM booking_registrations r JOIN booking_events e ON e.id = r.event_id
        WHERE r.learner_id = ANY($1) AND r.status = 'Active' AND e.status = 'Scheduled' AND e.start_at > now()`,
      [learners.map((l) => l.id)],
    );
    return {
      Identifier: entity.id,
      Name: entity.name,
      Learners: learners.map((l) => ({ Identifier: l.id, Name: l.name, Email: l.email, Code: l.code })),
      LearnersWithUpcomingRegistration: n,
    };
  }
}
