import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import { textPdf } from '../pdf/text-pdf.js';
import type { ScrapPaper } from './generated/booking.dto.js';
import { MESSAGES } from './booking-rules.js';
import { eventViews, registrationViews } from './booking-views.js';

/** The scrap-paper sheet of an event: one numbered entry per active registration, by learner name. */
@Injectable()
export class ScrapPaperService {
  constructor(private readonly dataSource: DataSource) {}

  async sheet(organisationId: string, eventId: string): Promise<ScrapPaper> {
    const [owned] = await this.dataSource.query('SELECT 1 FROM booking_events WHERE id = $1 AND organisation_id = $2', [eventId, organisationId]);
    if (!owned) throw new ApiError(70404, MESSAGES.eventNotFound);
    const [event] = await eventViews(this.dataSource.manager, [eventId]);
    const ids: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id FROM booking_registrations r JOIN booking_learners l ON l.id = r.learner_id
        WHERE r.event_id = $1 AND r.status = 'Active' ORDER BY l.name, r.id`,
      [eventId],
    );
    const registrations = await registrationViews(
      this.dataSource.manager,
      ids.map((row) => row.id),
    );
    return {
      Event: event,
      Entries: registrations.map((registration, index) => ({
        Seat: index + 1,
        Registration: registration.Identifier,
        LearnerName: registration.Learner.Name,
        LearnerCode: registration.Learner.Code,
        Assessment: registration.Assessment.Code,
        Accommodations: registration.Accommodations,
      })),
    };
  }

  toPdf(sheet: ScrapPaper): Promise<Buffer> {
    const { Event: event } = sheet;
    const lines = [
      `${event.Venue.Name}, ${event.Start}, ${event.ExamType} (${event.ExamFormat})`,
      `${sheet.Entries.length} candidate(s). Sign when scrap paper is handed out and returned.`,
      '',
      ...sheet.Entries.map((entry) => {
        const accommodations = entry.Accommodations.map((a) => a.Type).join(', ');
        return `${String(entry.Seat).padStart(3)}. ${entry.LearnerName} [${entry.LearnerCode ?? '-'}]  form ${entry.Assessment ?? '-'}${accommodations ? `  (${accommodations})` : ''}  ________  ________`;
      }),
    ];
    return textPdf(`Scrap-paper sheet, event ${event.Identifier}`, lines);
  }
}
