import { BookingAccommodationEntity } from './entities/booking-accommodation.entity.js';
import { BookingAssessmentFormEntity } from './entities/booking-assessment-form.entity.js';
import { BookingClassEntity } from './entities/booking-class.entity.js';
import { BookingEventEntity } from './entities/booking-event.entity.js';
import { BookingLearnerEntity } from './entities/booking-learner.entity.js';
import { BookingRegistrationEntity } from './entities/booking-registration.entity.js';
import { BookingVenueEntity } from './entities/booking-venue.entity.js';

export const BOOKING_ENTITIES = [
  BookingVenueEntity,
  BookingLearnerEntity,
  BookingAssessmentFormEntity,
  BookingEventEntity,
  BookingRegistrationEntity,
  BookingAccommodationEntity,
  BookingClassEntity,
];
