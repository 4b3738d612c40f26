import { ApiError } from '../errors/api-error.js';

export const EXAM_TYPES = ['Academic', 'GeneralTraining', 'LifeSkills', 'UKVI'];
export const EXAM_FORMATS = ['Paper', 'Computer', 'Online'];
export const BILLING_CODES = ['Standard', 'Invoice', 'Voucher', 'Sponsored'];

/** The seed's "Potential Error Messages", word for word, and the few this product adds. */
export const MESSAGES = {
  accommodationTypeEmpty: 'Accommodation type cannot be empty.',
  learnerNotFound: 'Learner not found.',
  assessmentNotFound: 'Assessment form not found.',
  registrationExists: 'Registration already exists. You cannot add a new registration with the same identifier.',
  examTypeMissing: 'EventExamType not specified.',
  examTypeInvalid: 'Invalid EventExamType value.',
  billingCodeMissing: 'EventBillingCode not specified.',
  billingCodeInvalid: 'Invalid EventBillingCode value.',
  examFormatMissing: 'EventExamFormat not specified.',
  examFormatInvalid: 'Invalid EventExamFormat value.',
  startInvalid: 'Invalid EventStartTime value.',
  venueNotFound: 'Venue not found.',
  registrationNotFound: 'Registration not found.',
  noAssessmentForm: 'Registration has no assessment form.',
  learnerNotInRegistration: 'Learner does not belong to registration.',
  alreadyAssignedToEvent: 'Registration already assigned to event.',
  assessmentAlreadyAssigned: 'Assessment already assigned to registration.',
  // Additions, where the seed is silent.
  eventExists: 'Event already exists.',
  eventNotFound: 'Event not found.',
  eventCancelled: 'Event is cancelled.',
  eventFull: 'Event is full.',
  accommodationNotFound: 'Accommodation not found.',
} as const;

/** A failure the seed names: 400 with its message as the detail, naming the field. */
export function bookingError(message: string, field: string, value?: unknown): ApiError {
  return new ApiError(60002, message, { details: [{ location: 'body', field, message: value === undefined ? message : `${message} (${String(value)})` }] });
}

export function registrationNotFound(): ApiError {
  return new ApiError(70404, MESSAGES.registrationNotFound);
}

/** Exam type, format and billing code of a new event: present and from the lists, with the seed's messages. */
export function checkNewEventValues(values: { examType?: string; examFormat?: string; billingCode?: string }): void {
  if (!values.examType) throw bookingError(MESSAGES.examTypeMissing, 'EventExamType');
  if (!EXAM_TYPES.includes(values.examType)) throw bookingError(MESSAGES.examTypeInvalid, 'EventExamType', values.examType);
  if (!values.examFormat) throw bookingError(MESSAGES.examFormatMissing, 'EventExamFormat');
  if (!EXAM_FORMATS.includes(values.examFormat)) throw bookingError(MESSAGES.examFormatInvalid, 'EventExamFormat', values.examFormat);
  if (!values.billingCode) throw bookingError(MESSAGES.billingCodeMissing, 'EventBillingCode');
  if (!BILLING_CODES.includes(values.billingCode)) throw bookingError(MESSAGES.billingCodeInvalid, 'EventBillingCode', values.billingCode);
}

/** EventStart as an instant; a new event must start in the future. */
export function parseEventStart(value: string | undefined, mustBeFuture: boolean): Date {
  const start = value ? new Date(value) : undefined;
  if (!start || Number.isNaN(start.getTime()) || (mustBeFuture && start.getTime() <= Date.now()))
    throw bookingError(MESSAGES.startInvalid, 'EventStart', value);
  return start;
}
