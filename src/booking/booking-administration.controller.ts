import { Controller } from '@nestjs/common';
import { BookingAdministrationApi } from './generated/booking-administration.api.js';
import type {
  AssessmentForm,
  AssessmentFormInput,
  Class,
  ClassInput,
  Learner,
  LearnerInput,
  PutAssessmentFormPath,
  PutClassPath,
  PutLearnerPath,
  PutVenuePath,
  Venue,
  VenueInput,
} from './generated/booking.dto.js';
import { BookingReferenceService } from './booking-reference.service.js';
import { ClassRosterService } from './class-roster.service.js';

@Controller()
export class BookingAdministrationController extends BookingAdministrationApi {
  constructor(
    private readonly reference: BookingReferenceService,
    private readonly classes: ClassRosterService,
  ) {
    super();
  }

  async putClass({ path, body }: { path: PutClassPath; body: ClassInput }): Promise<Class> {
    return this.classes.put(path.class, body);
  }

  async putVenue({ path, body }: { path: PutVenuePath; body: VenueInput }): Promise<Venue> {
    return this.reference.putVenue(path.venue, body);
  }

  async putLearner({ path, body }: { path: PutLearnerPath; body: LearnerInput }): Promise<Learner> {
    return this.reference.putLearner(path.learner, body);
  }

  async putAssessmentForm({ path, body }: { path: PutAssessmentFormPath; body: AssessmentFormInput }): Promise<AssessmentForm> {
    return this.reference.putAssessmentForm(path.code, body);
  }
}
