import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';
import type { EventEnvelope, EventPage } from './generated/events.dto.js';
import { eventView, type EventRow } from './event-view.js';
import type { EventType } from './event-types.js';

interface FeedRow extends EventRow {
  txid: string;
  seq: string;
  frontier: boolean;
}

/**
 * The pull feed. One statement, so one snapshot: the page, and the last position the caller could
 * see, which the cursor may move to when no more events are there (even if none matched `type`).
 * Only events whose transaction is older than the horizon are shown, ordered by (txid, seq): every
 * event not yet visible belongs to a transaction at or past the horizon, so it sorts after the cursor.
 * The horizon is the oldest transaction the snapshot sees running (`pg_snapshot_xip`) that may belong
 * to this database, or the snapshot's xmax if none does. `pg_snapshot_xmin` alone would count every
 * database of the server, so another application's long write would hold this feed back. A running
 * transaction is another database's when pg_stat_activity shows its backend there; one that has ended
 * since the snapshot, or a prepared one, is not found and still counts: wrong only in holding back.
 * The order is by the bigint columns, named through `visible.`: a bare `txid` in ORDER BY would be
 * the text output column, and "1000" sorts before "999".
 */
const PAGE = `
  WITH snapshot AS MATERIALIZED (SELECT pg_current_snapshot() AS s),
  horizon AS MATERIALIZED (
    SELECT COALESCE(
      (SELECT min(running) FROM pg_snapshot_xip(s) AS running
        WHERE NOT EXISTS (SELECT FROM pg_stat_activity a WHERE a.backend_xid = running::xid AND a.datname <> current_database())),
      pg_snapshot_xmax(s))::text::bigint AS txid
    FROM snapshot),
  visible AS (
    SELECT e.* FROM events e, horizon h
     WHERE e.organisation_id = $1 AND e.txid < h.txid AND (e.txid, e.seq) > ($2::bigint, $3::bigint))
  (SELECT id, type, data, created_at, txid::text, seq::text, false AS frontier FROM visible
    WHERE $4::text IS NULL OR type = $4 ORDER BY visible.txid, visible.seq LIMIT $5)
  UNION ALL
  (SELECT NULL, NULL, NULL, NULL, txid::text, seq::text, true FROM visible ORDER BY visible.txid DESC, visible.seq DESC LIMIT 1)`;

@Injectable()
export class EventFeedService {
  constructor(private readonly dataSource: DataSource) {}

  async page(organisationId: string, after: string | undefined, limit: number, type: EventType | undefined): Promise<EventPage> {
    const [txid, seq] = (after ?? '0.0').split('.');
    const rows: FeedRow[] = await this.dataSource.query(PAGE, [organisationId, txid, seq, type ?? null, limit + 1]);
    const events = rows.filter((row) => !row.frontier);
    const frontier = rows.find((row) => row.frontier);
    const hasMore = events.length > limit;
    const shown = events.slice(0, limit);
    const last = hasMore ? shown[shown.length - 1] : frontier;
    return { data: shown.map(eventView), has_more: hasMore, next_cursor: last ? `${last.txid}.${last.seq}` : (after ?? '0.0') };
  }

  async one(organisationId: string, eventId: string): Promise<EventEnvelope> {
    const [row]: EventRow[] = await this.dataSource.query('SELECT id, type, data, created_at FROM events WHERE id = $1 AND organisation_id = $2', [
      eventId,
      organisationId,
    ]);
    // Another organisation's event answers as a missing one: no oracle across tenants.
    if (!row) throw new ApiError(70404, `No event ${eventId} for this organisation.`);
    return eventView(row);
  }
}
