import type { EntityManager } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import type { EventOutbox } from '../events/event-outbox.service.js';
import { ieltsResultKey } from '../ielts/result-key.js';
import { RESULT_AS_SHARED } from '../ielts/result-verification-sql.js';

/**
 * The sandbox's webhook examples, for the university (RO 5010): two endpoints, off until given a
 * receiver (nothing listens at their URL), one event about the seed TRF, and one delivery of it that
 * failed, so that every example of the events contract acts on something. The main endpoint's secret
 * is fixed and listed in the README.
 */
export const DEMO_EVENTS = {
  endpointId: '2b5d8c1e-4f3a-4b6e-9c7d-1a2b3c4d5e6f',
  removableEndpointId: '9e3f1a2b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
  secret: 'whsec_ZGVtby11bml2ZXJzaXR5LXdlYmhvb2stc2VjcmV0ISE=',
  eventId: 'evt_7c1e4b2a9d3f4e5a8b6c0d1e2f3a4b5c',
  deliveryId: '6f0c2b1e-8a44-4e0e-9a0c-6d1b2a3c4d5e',
  url: 'http://127.0.0.1:9/ielts-events',
};

export async function seedEventsDemoData(manager: EntityManager, outbox: EventOutbox, universityId: string, pepper: string): Promise<void> {
  const sealed = new SecretBox(pepper).seal(DEMO_EVENTS.secret);
  for (const id of [DEMO_EVENTS.endpointId, DEMO_EVENTS.removableEndpointId]) {
    await manager.query(
      `INSERT INTO webhook_endpoints (id, organisation_id, url, description, events, enabled, secret_sealed, disabled_reason)
       VALUES ($1, $2, $3, 'Sandbox example: point it at a receiver of your own and turn it on', $4, false, $5, 'a sandbox example, off until it has a receiver')`,
      [id, universityId, DEMO_EVENTS.url, ['ielts.result.shared', 'ielts.result.updated', 'ielts.result.cancelled'], sealed],
    );
  }
  const [{ data }] = await manager.query(RESULT_AS_SHARED, [universityId, '17UZ010772RAKN025A']);
  await outbox.record(manager, {
    id: DEMO_EVENTS.eventId,
    organisationId: universityId,
    type: 'ielts.result.shared',
    resourceKey: ieltsResultKey('17UZ010772RAKN025A'),
    data,
  });
  await manager.query(
    `INSERT INTO event_deliveries (id, endpoint_id, event_seq, resource_key, status, attempts, last_error)
     SELECT $1, $2, seq, resource_key, 'failed', 3, 'connect ECONNREFUSED 127.0.0.1:9' FROM events WHERE id = $3`,
    [DEMO_EVENTS.deliveryId, DEMO_EVENTS.endpointId, DEMO_EVENTS.eventId],
  );
}
