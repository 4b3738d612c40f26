import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
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
    await this.dataSource.query(
      'INSERT INTO booking_venues (id, organisation_id, name) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name',
      [id, organisation.id, input.Name],
    );
    return { Identifier: id, Name: input.Name, Organization: organisation.code };
  }

  async putLearner(id: string, input: LearnerInput): Promise<Learner> {
    const organisation = await this.organisations.requireByCode(input.Organization);
    await this.dataSource.query(
      `INSERT INTO booking_learners (id, organisation_id, name, email, code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name, email = EXCLUDED.email, code = EXCLUDED.code`,
      [id, organisation.id, input.Name, input.Email ?? null, input.Code ?? null],
    );
    return { Identifier: id, Name: input.Name, Email: input.Email ?? null, Code: input.Code ?? null };
  }

  async putAssessmentForm(code: string, input: AssessmentFormInput): Promise<AssessmentForm> {
    await this.dataSource.query(
      `INSERT INTO booking_assessment_forms (code, name, published, bilingual) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, published = EXCLUDED.published, bilingual = EXCLUDED.bilingual`,
      [code, input.Name, input.Published, input.Bilingual],
    );
    return { Code: code, Name: input.Name, Published: input.Published, Bilingual: input.Bilingual };
  }
}
