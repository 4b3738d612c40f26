import type { EventEnvelope } from './generated/events.dto.js';

/** An event row as the feed and the webhook body show it. */
export interface EventRow {
  id: string;
  type: string;
  data: Record<string, unknown>;
  created_at: Date;
}

export function eventView(row: EventRow): EventEnvelope {
  return { id: row.id, type: row.type as EventEnvelope['type'], timestamp: row.created_at.toISOString(), data: row.data };
}
