import { EventOutbox } from '../../src/events/event-outbox.service.js';
import { seedIeltsDemoResults } from '../../src/seed/ielts-demo-results.js';
import { createAssessmentClient, followEventFeed, resultVerificationPages, type ResultVerificationPagesOptions } from '../../sdk/src/index.js';
import type { Client } from '../../sdk/src/generated/client/index.js';
import type { EventPage } from '../../sdk/src/generated/types.gen.js';
import { createClient } from '../support/clients.js';
import { contractCheckingFetch } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The SDK's loops over pages and over the event feed, against the running service; every answer is checked against the contract. */
describe('SDK iterators', () => {
  let app: TestApp;
  let university: Client;
  let credentials: { kind: 'basic'; clientId: string; clientSecret: string };
  let organisationId: string;
  let shared: string[];
  const range = { startDateTime: '2000-01-01T00:00:00', endDateTime: '2099-12-31T23:59:59', photoFlag: 'N' as const };

  beforeAll(async () => {
    app = await startTestApp();
    const client = await createClient(app, { scopes: ['ielts:read', 'events:read'], orgCode: 'UNI-ITER' });
    await createClient(app, { scopes: ['ielts:read'], orgCode: 'UNI-ITER-OTHER' });
    const ids = await app.dataSource.query("SELECT id FROM organisations WHERE code IN ('UNI-ITER', 'UNI-ITER-OTHER') ORDER BY code");
    organisationId = ids[0].id;
    await app.dataSource.transaction((manager) => seedIeltsDemoResults(manager, [ids[0].id, ids[1].id], 300));
    shared = (
      await app.dataSource.query('SELECT s.trf_number FROM ielts_result_shares s WHERE s.organisation_id = $1 ORDER BY s.trf_number', [organisationId])
    ).map((row: { trf_number: string }) => row.trf_number);
    credentials = { kind: 'basic', clientId: client.clientId, clientSecret: client.secret };
    university = createAssessmentClient({ baseUrl: app.baseUrl, credentials, fetch: contractCheckingFetch });
  });
  afterAll(async () => app?.close());

  async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
    const all: T[] = [];
    for await (const page of pages) all.push(page);
    return all;
  }

  const trfNumbersOf = (pages: Array<{ results: Array<{ trfNumber: string }> }>) => pages.flatMap((page) => page.results.map((result) => result.trfNumber));

  describe('resultVerificationPages', () => {
    it('reads every result shared with the organisation once, page after page, and stops after the last', async () => {
      expect(shared.length).toBeGreaterThan(100);
      const pages = await collect(resultVerificationPages({ client: university, query: { ...range, limit: 40 } }));
      expect(pages).toHaveLength(Math.ceil(shared.length / 40));
      expect(pages.map((page) => page.resultSummary.page)).toEqual(pages.map((_, i) => i + 1));
      expect(pages.at(-1)!.messageMetadata.nextResultSetUrl).toBeNull();
      const read = trfNumbersOf(pages);
      expect(read).toHaveLength(shared.length);
      expect([...read].sort()).toEqual(shared);
    });

    it('starts at the page asked for', async () => {
      const pages = await collect(resultVerificationPages({ client: university, query: { ...range, limit: 40, page: 3 } }));
      expect(pages[0].resultSummary.page).toBe(3);
      expect(trfNumbersOf(pages)).toHaveLength(shared.length - 80);
    });

    it('reads a TRF lookup as its one page', async () => {
      const pages = await collect(resultVerificationPages({ client: university, query: { trfNumber: shared[0], photoFlag: 'N' } }));
      expect(pages).toHaveLength(1);
      expect(trfNumbersOf(pages)).toEqual([shared[0]]);
    });

    it('throws the abort reason once aborted, without asking for another page', async () => {
      const controller = new AbortController();
      const asked: string[] = [];
      const counting: typeof fetch = (input, init) => {
        asked.push(input instanceof Request ? input.url : String(input));
        return contractCheckingFetch(input, init);
      };
      const client = createAssessmentClient({ baseUrl: app.baseUrl, fetch: counting, credentials });
      const options: ResultVerificationPagesOptions = { client, query: { ...range, limit: 40 }, signal: controller.signal };
      const pages: unknown[] = [];
      const error = await (async () => {
        for await (const page of resultVerificationPages(options)) {
          pages.push(page);
          controller.abort();
        }
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DOMException);
      expect((error as DOMException).name).toBe('AbortError');
      expect(pages).toHaveLength(1);
      expect(asked).toHaveLength(1);
    });
  });

  describe('followEventFeed', () => {
    async function record(keys: string[]): Promise<void> {
      const outbox = app.running.app.get(EventOutbox);
      await app.dataSource.transaction(async (manager) => {
        for (const key of keys)
          await outbox.record(manager, { organisationId, type: 'ielts.result.updated', resourceKey: `ielts.result:${key}`, data: { key } });
      });
    }
    const keysOf = (pages: EventPage[]) => pages.flatMap((page) => page.data.map((event) => (event.data as { key: string }).key));

    it('without following, reads every event once across pages, and resumes after the cursor it was given', async () => {
      const keys = Array.from({ length: 23 }, (_, i) => `read-${i}`);
      await record(keys);
      const pages = await collect(followEventFeed({ client: university, limit: 5, follow: false }));
      expect(pages.length).toBeGreaterThanOrEqual(5);
      expect(keysOf(pages)).toEqual(keys);
      const again = await collect(followEventFeed({ client: university, limit: 5, follow: false, after: pages.at(-1)!.next_cursor }));
      expect(again).toEqual([]);
      await record(['read-after']);
      const resumed = await collect(followEventFeed({ client: university, follow: false, after: pages.at(-1)!.next_cursor }));
      expect(keysOf(resumed)).toEqual(['read-after']);
    });

    it('waits for events recorded while it follows, yields nothing for empty polls, and ends when aborted', async () => {
      const start = (await collect(followEventFeed({ client: university, follow: false }))).at(-1)?.next_cursor;
      const controller = new AbortController();
      const seen: EventPage[] = [];
      const following = (async () => {
        for await (const page of followEventFeed({ client: university, after: start, pollIntervalMs: 50, signal: controller.signal })) {
          seen.push(page);
          if (keysOf(seen).length === 3) controller.abort();
        }
      })().catch((e: unknown) => e);
      // Several polls find nothing before the events come.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen).toEqual([]);
      await record(['live-0']);
      await record(['live-1', 'live-2']);
      const ended = await following;
      expect((ended as DOMException).name).toBe('AbortError');
      expect(keysOf(seen)).toEqual(['live-0', 'live-1', 'live-2']);
      expect(seen.every((page) => page.data.length > 0)).toBe(true);
    });

    it('stops waiting at once when aborted between polls', async () => {
      const controller = new AbortController();
      const following = collect(followEventFeed({ client: university, pollIntervalMs: 3_600_000, signal: controller.signal })).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 200));
      controller.abort();
      expect(((await following) as DOMException).name).toBe('AbortError');
    });
  });
});
