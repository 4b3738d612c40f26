import { randomUUID } from 'node:crypto';
import { EventOutbox } from '../../src/events/event-outbox.service.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the event feed under concurrent writers', () => {
  let app: TestApp;
  let client: TestClient;
  let organisationId: string;

  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_SIZE: '30' });
    client = await createClient(app, { scopes: ['events:read'], orgKind: 'centre' });
    [{ id: organisationId }] = await app.dataSource.query('SELECT id FROM organisations WHERE code = $1', [client.organisationCode]);
  });
  afterAll(async () => app?.close());

  it('gives a reader polling meanwhile every event exactly once, although transactions commit out of the order they wrote in', async () => {
    const outbox = app.running.app.get(EventOutbox);
    const written: string[] = [];
    // Sixty transactions, each recording one event and then holding on for up to 300 ms, so that
    // many commit after ones that recorded later than they did.
    const writers = Array.from({ length: 60 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 15)).then(() =>
        app.dataSource.transaction(async (manager) => {
          await outbox.record(manager, { organisationId, type: 'booking.event.cancelled', resourceKey: `test:${i}`, data: { n: i } });
          const [{ id }] = await manager.query('SELECT id FROM events WHERE resource_key = $1', [`test:${i}`]);
          await new Promise((resolve) => setTimeout(resolve, (i * 37) % 300));
          written.push(id);
        }),
      ),
    );
    let writing = true;
    const done = Promise.all(writers).finally(() => (writing = false));
    const read: string[] = [];
    let cursor: string | undefined;
    // Poll while they write, then until every event has turned up: a long transaction anywhere on
    // the cluster (another test file's) holds the feed's horizon back, so the last events may come
    // a while after their commit. Without the horizon they would never come: the cursor would
    // have moved past them. Bounded, so a lost event fails the test instead of hanging it.
    let caughtUpBy = Infinity;
    for (let polls = 0; polls < 20000 && Date.now() < caughtUpBy; polls++) {
      const page = await call(
        app
          .http()
          .get(`/v1/events?limit=7${cursor ? `&after=${cursor}` : ''}`)
          .set('Authorization', basic(client)),
      );
      read.push(...page.body.data.map((event: { id: string }) => event.id));
      cursor = page.body.next_cursor;
      if (!writing && caughtUpBy === Infinity) caughtUpBy = Date.now() + 60_000;
      if (!writing && !page.body.has_more && written.every((id) => read.includes(id))) break;
      if (!page.body.has_more) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await done;
    expect(written).toHaveLength(60);
    // Nothing twice, nothing missed.
    expect(new Set(read).size).toBe(read.length);
    expect([...read].sort()).toEqual([...written].sort());
  });
  it('orders by transaction as a number, not as text: 9 comes before 10, and the cursor never steps back', async () => {
    const reader = await createClient(app, { scopes: ['events:read'], orgKind: 'centre' });
    const [{ id: readerOrganisation }] = await app.dataSource.query('SELECT id FROM organisations WHERE code = $1', [reader.organisationCode]);
    // Transaction ids cross a power of ten now and then (999 to 1000); rows written as long-finished transactions 9 and 10 stand for that.
    for (const [txid, n] of [
      [10, 'second'],
      [9, 'first'],
    ] as const) {
      await app.dataSource.query(
        `INSERT INTO events (id, txid, organisation_id, type, resource_key, data) VALUES ($1, $2, $3, 'booking.event.cancelled', $4, $5)`,
        [`evt_${randomUUID().replace(/-/g, '')}`, txid, readerOrganisation, `order:${n}`, JSON.stringify({ n })],
      );
    }
    const feed = (after?: string) =>
      call(
        app
          .http()
          .get(`/v1/events?limit=1${after ? `&after=${after}` : ''}`)
          .set('Authorization', basic(reader)),
      );
    const first = await feed();
    expect(first.body.data.map((event: { data: { n: string } }) => event.data.n)).toEqual(['first']);
    expect(first.body.has_more).toBe(true);
    const second = await feed(first.body.next_cursor);
    expect(second.body.data.map((event: { data: { n: string } }) => event.data.n)).toEqual(['second']);
    expect(second.body.has_more).toBe(false);
    expect(second.body.next_cursor).toMatch(/^10\./);
    const none = await feed(second.body.next_cursor);
    expect(none.body).toMatchObject({ data: [], has_more: false, next_cursor: second.body.next_cursor });
  });
});
