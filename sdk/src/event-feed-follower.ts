import { untilAborted, abortableDelay } from './abort.js';
import type { Client } from './generated/client/index.js';
import { listEventFeed } from './generated/sdk.gen.js';
import type { Cursor, EventPage, EventType } from './generated/types.gen.js';

export interface FollowEventFeedOptions {
  client: Client;
  /** The `next_cursor` you kept from the last page you handled; none starts at the oldest event kept (30 days). */
  after?: Cursor;
  /** Only events of this type (the cursor still moves past the others). */
  type?: EventType;
  /** Events a page, at most 500 (100). */
  limit?: number;
  /** How long to wait before asking again once the feed has nothing more (5 s). */
  pollIntervalMs?: number;
  /** false: end once the feed has nothing more, rather than wait for new events. */
  follow?: boolean;
  /** Stops following: the request or wait under way ends and the loop throws the signal's reason, as Node's own iterators do. */
  signal?: AbortSignal;
}

const DEFAULT_POLL_INTERVAL_MS = 5_000;

/**
 * The caller's events, page by page, oldest first, each exactly once: asks again at once while the
 * feed has more, then every `pollIntervalMs`. Handle a page's `data`, then keep its `next_cursor`
 * (in the same transaction as what you did, ideally): started again with `after` set to it, the
 * loop carries on where you left off. A poll that finds nothing new yields nothing.
 */
export async function* followEventFeed(options: FollowEventFeedOptions): AsyncGenerator<EventPage, void, undefined> {
  const { client, type, limit, signal, follow = true, pollIntervalMs = DEFAULT_POLL_INTERVAL_MS } = options;
  let cursor = options.after;
  for (;;) {
    const query = { after: cursor, type, limit };
    const { data: page } = await untilAborted(signal, () => listEventFeed({ client, query, signal }));
    // A page with no event still moves the cursor when `type` skipped events of other types: worth keeping.
    if (page.data.length > 0 || page.next_cursor !== cursor) yield page;
    cursor = page.next_cursor;
    if (page.has_more) continue;
    if (!follow) return;
    await abortableDelay(pollIntervalMs, signal);
  }
}
