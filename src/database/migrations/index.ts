import { PlatformAuth1764000000000 } from './1764000000000-platform-auth.js';
import { IeltsResults1764000001000 } from './1764000001000-ielts-results.js';
import { IeltsCountryCodes1764000002000 } from './1764000002000-ielts-country-codes.js';
import { Booking1764000003000 } from './1764000003000-booking.js';
import { BookingClasses1764000004000 } from './1764000004000-booking-classes.js';
import { ResultsScripts1764000005000 } from './1764000005000-results-scripts.js';
import { ResultsStatuses1764000006000 } from './1764000006000-results-statuses.js';
import { ResultsData1764000007000 } from './1764000007000-results-data.js';
import { Fulfillment1764000008000 } from './1764000008000-fulfillment.js';
import { AuthChangeNotifications1764000009000 } from './1764000009000-auth-change-notifications.js';
import { AuthFailures1764000010000 } from './1764000010000-auth-failures.js';
import { IeltsShareCoveringIndex1764000011000 } from './1764000011000-ielts-share-covering-index.js';
import { Events1764000012000 } from './1764000012000-events.js';
import { Credentials1764000013000 } from './1764000013000-credentials.js';
import { IeltsPhotoBase641764000014000 } from './1764000014000-ielts-photo-base64.js';
import { IeltsPhotoBase64Fill1764000015000 } from './1764000015000-ielts-photo-base64-fill.js';
import { IeltsResultWireFields1764000016000 } from './1764000016000-ielts-result-wire-fields.js';
import { IdempotencyKeyAgeIndex1764000017000 } from './1764000017000-idempotency-key-age-index.js';

/** Every migration, in order; both the embedded and a real PostgreSQL take the same ones. */
export const MIGRATIONS = [
  PlatformAuth1764000000000,
  IeltsResults1764000001000,
  IeltsCountryCodes1764000002000,
  Booking1764000003000,
  BookingClasses1764000004000,
  ResultsScripts1764000005000,
  ResultsStatuses1764000006000,
  ResultsData1764000007000,
  Fulfillment1764000008000,
  AuthChangeNotifications1764000009000,
  AuthFailures1764000010000,
  IeltsShareCoveringIndex1764000011000,
  Events1764000012000,
  Credentials1764000013000,
  IeltsPhotoBase641764000014000,
  IeltsPhotoBase64Fill1764000015000,
  IeltsResultWireFields1764000016000,
  IdempotencyKeyAgeIndex1764000017000,
];
