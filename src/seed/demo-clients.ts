import type { OrganisationKind } from '../auth/organisation-kind.js';

/**
 * The sandbox's organisations and API clients. Their credentials are fixed and documented in the
 * README so that its examples can be pasted as they are; they exist only on the embedded database
 * or with DEMO_SEED=true.
 */
export const DEMO_ORGANISATIONS: Array<{ id: string; code: string; name: string; kind: OrganisationKind }> = [
  { id: '00000000-0000-4000-8000-000000005010', code: '5010', name: 'University of Demo', kind: 'recognising_organisation' },
  { id: '00000000-0000-4000-8000-000000005020', code: '5020', name: 'Demo Immigration Office', kind: 'recognising_organisation' },
  { id: '00000000-0000-4000-8000-000000004200', code: '04200', name: 'Demo International School', kind: 'centre' },
  { id: '00000000-0000-4000-8000-000000000701', code: 'LA-0701', name: 'Demo Language Academy', kind: 'local_administrator' },
  { id: '00000000-0000-4000-8000-000000000001', code: 'BOARD', name: 'Demo Exam Board', kind: 'exam_board' },
];

export const DEMO_CLIENTS: Array<{ clientId: string; secret: string; displayName: string; organisationCode: string; scopes: string[]; purpose: string }> = [
  {
    clientId: 'demo-ielts-ro',
    secret: 'demo-ielts-ro-secret',
    displayName: 'University of Demo admissions',
    organisationCode: '5010',
    scopes: ['ielts:read', 'events:read', 'events:write'],
    purpose: 'IELTS result verification (a Recognising Organisation)',
  },
  {
    clientId: 'demo-ielts-ro2',
    secret: 'demo-ielts-ro2-secret',
    displayName: 'Demo Immigration Office',
    organisationCode: '5020',
    scopes: ['ielts:read', 'events:read', 'events:write'],
    purpose: 'a second Recognising Organisation, to see tenant isolation',
  },
  {
    clientId: 'demo-results-ats',
    secret: 'demo-results-ats-secret',
    displayName: 'Demo International School ATS',
    organisationCode: '04200',
    scopes: ['results:read', 'results:write', 'events:read', 'events:write'],
    purpose: 'Results for an ATS (a centre)',
  },
  {
    clientId: 'demo-booking-centre',
    secret: 'demo-booking-centre-secret',
    displayName: 'Demo International School bookings',
    organisationCode: '04200',
    scopes: ['booking:read', 'booking:write', 'events:read', 'events:write'],
    purpose: 'Booking (a test centre)',
  },
  {
    clientId: 'demo-fulfillment-la',
    secret: 'demo-fulfillment-la-secret',
    displayName: 'Demo Language Academy',
    organisationCode: 'LA-0701',
    scopes: ['fulfillment:write'],
    purpose: 'test-ID fulfilment (a Local Administrator)',
  },
  {
    clientId: 'demo-provider-admin',
    secret: 'demo-provider-admin-secret',
    displayName: 'Demo Exam Board operations',
    organisationCode: 'BOARD',
    scopes: ['ielts:admin', 'results:admin', 'booking:admin', 'fulfillment:admin'],
    purpose: 'provider-side ingest and administration',
  },
];
