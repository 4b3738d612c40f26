import type { Client } from './generated/client/index.js';
import { getResultVerification } from './generated/sdk.gen.js';
import type { GetResultVerificationData, ResultVerificationResponse } from './generated/types.gen.js';
import { untilAborted } from './abort.js';

export interface ResultVerificationPagesOptions {
  client: Client;
  /** A date range (startDateTime, endDateTime) with photoFlag, and optionally limit; `page` is where to start (1). */
  query: GetResultVerificationData['query'];
  /** Stops the reading: the request under way is cancelled and the loop throws the signal's reason, as Node's own iterators do. */
  signal?: AbortSignal;
}

/**
 * Every page of a verification by date range, one request each, from `query.page` (or 1) until the
 * platform answers a page without `nextResultSetUrl`. A TRF lookup is one page.
 *
 * Each page is counted over the range as its own request finds it: a result that changes while you
 * read takes a new lastModifiedDate, leaves the range or moves within it, and a later page can miss
 * or repeat one result. The event feed (followEventFeed) gives each change exactly once.
 */
export async function* resultVerificationPages(options: ResultVerificationPagesOptions): AsyncGenerator<ResultVerificationResponse, void, undefined> {
  const { client, query, signal } = options;
  for (let page = query.page ?? 1; ; page++) {
    const { data } = await untilAborted(signal, () => getResultVerification({ client, query: { ...query, page }, signal }));
    yield data;
    if (!data.messageMetadata.nextResultSetUrl) return;
  }
}
