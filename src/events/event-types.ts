import type { OrganisationKind } from '../auth/organisation-kind.js';

/** Every event type, as the contract's `EventType` lists them, and who receives each. */
export const EVENT_TYPES = {
  'ielts.result.shared': 'recognising_organisation',
  'ielts.result.updated': 'recognising_organisation',
  'ielts.result.cancelled': 'recognising_organisation',
  'results.result.issued': 'centre',
  'results.enquiry.updated': 'centre',
  'results.script.ready': 'centre',
  'booking.registration.created': 'centre',
  'booking.registration.transferred': 'centre',
  'booking.registration.cancelled': 'centre',
  'booking.event.cancelled': 'centre',
} as const satisfies Record<string, OrganisationKind>;

export type EventType = keyof typeof EVENT_TYPES;

/** A new event id: `evt_` and 32 hex digits (a UUID without its dashes). */
export function newEventId(uuid: string): string {
  return `evt_${uuid.replace(/-/g, '')}`;
}
