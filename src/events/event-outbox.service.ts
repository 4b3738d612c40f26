import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newEventId, type EventType } from './event-types.js';

/** The channel whose NOTIFY, sent when an event's transaction commits, wakes the delivery job in every process. */
export const EVENTS_RECORDED = 'events_recorded';

export interface NewEvent {
  /** The organisation entitled to see the resource: the only one that is told. */
  organisationId: string;
  type: EventType;
  /** The resource it is about (`ielts.result:<TRF>`); deliveries about one resource keep their order. */
  resourceKey: string;
  /** The resource as its own API answers it. */
  data: unknown;
  /** A fixed id (the demo seed's example event); a new one otherwise. */
  id?: string;
}

/**
 * Records events in the caller's transaction, so an event exists exactly when the change that causes
 * it does, and queues a delivery to each of the organisation's enabled endpoints that subscribe to it.
 */
@Injectable()
export class EventOutbox {
  async record(manager: EntityManager, event: NewEvent): Promise<void> {
    await manager.query(
      `WITH recorded AS (
         INSERT INTO events (id, txid, organisation_id, type, resource_key, data)
         VALUES ($1, pg_current_xact_id()::text::bigint, $2, $3, $4, $5) RETURNING seq)
       INSERT INTO event_deliveries (id, endpoint_id, event_seq, resource_key)
       SELECT gen_random_uuid(), w.id, recorded.seq, $4 FROM recorded, webhook_endpoints w
        WHERE w.organisation_id = $2 AND w.enabled AND ($3 = ANY (w.events) OR '*' = ANY (w.events))`,
      [event.id ?? newEventId(randomUUID()), event.organisationId, event.type, event.resourceKey, JSON.stringify(event.data)],
    );
    // Held by PostgreSQL until the transaction commits, and dropped if it rolls back.
    await manager.query('SELECT pg_notify($1, $2)', [EVENTS_RECORDED, '']);
  }
}
