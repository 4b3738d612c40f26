import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
import { BookingClassEntity } from './entities/booking-class.entity.js';
import { BookingLearnerEntity } from './entities/booking-learner.entity.js';
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
    const classes = await this.dataSource
      .getRepository(BookingClassEntity)
      .find({ where: { organisationId }, relations: { learners: true }, order: { name: 'ASC', id: 'ASC' } });
    return Promise.all(classes.map((c) => this.view(c)));
  }

  async put(id: string, input: ClassInput): Promise<Class> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.requireByCode(input.Organization, { manager });
      const learners = input.Learners.length
        ? await manager.getRepository(BookingLearnerEntity).find({ where: { id: In(input.Learners), organisationId: organisation.id } })
        : [];
      const missing = input.Learners.filter((learnerId) => !learners.some((l) => l.id === learnerId));
      if (missing.length) throw bookingError(MESSAGES.learnerNotFound, 'Learners', missing.join(', '));
      const saved = await manager.getRepository(BookingClassEntity).save({ id, organisationId: organisation.id, name: input.Name, learners });
      return this.view(saved, manager.query.bind(manager));
    });
  }

  private async view(
    entity: BookingClassEntity,
    query: (sql: string, params: unknown[]) => Promise<Array<{ n: number }>> = this.dataSource.query.bind(this.dataSource),
  ): Promise<Class> {
    const learners = [...(entity.learners ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    const [{ n }] = await query(
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
