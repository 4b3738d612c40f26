import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
import { BookingAssessmentFormEntity } from './entities/booking-assessment-form.entity.js';
import { BookingLearnerEntity } from './entities/booking-learner.entity.js';
import { BookingVenueEntity } from './entities/booking-venue.entity.js';
import type { AssessmentForm, AssessmentFormInput, Learner, LearnerInput, Venue, VenueInput } from './generated/booking.dto.js';

/** The provider side: venues and learners of organisations, and the assessment forms everyone books. */
@Injectable()
export class BookingReferenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async putVenue(id: string, input: VenueInput): Promise<Venue> {
    const organisation = await this.organisations.requireByCode(input.Organization);
    await this.dataSource.getRepository(BookingVenueEntity).upsert({ id, organisationId: organisation.id, name: input.Name }, ['id']);
    return { Identifier: id, Name: input.Name, Organization: organisation.code };
  }

  async putLearner(id: string, input: LearnerInput): Promise<Learner> {
    const organisation = await this.organisations.requireByCode(input.Organization);
    await this.dataSource
      .getRepository(BookingLearnerEntity)
      .upsert({ id, organisationId: organisation.id, name: input.Name, email: input.Email ?? null, code: input.Code ?? null }, ['id']);
    return { Identifier: id, Name: input.Name, Email: input.Email ?? null, Code: input.Code ?? null };
  }

  async putAssessmentForm(code: string, input: AssessmentFormInput): Promise<AssessmentForm> {
    await this.dataSource
      .getRepository(BookingAssessmentFormEntity)
      .upsert({ code, name: input.Name, published: input.Published, bilingual: input.Bilingual }, ['code']);
    return { Code: code, Name: input.Name, Published: input.Published, Bilingual: input.Bilingual };
  }
}
