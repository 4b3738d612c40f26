import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { EventOutbox } from '../../src/events/event-outbox.service.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

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
    // Poll while they write, then until every event has turned up: a transaction the horizon must
    // wait for may still be running, so the last events may come a while after their commit.
    // Without the horizon they would never come: the cursor would have moved past them. Bounded,
    // so a lost event fails the test instead of hanging it.
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
  /** A transaction that has written (so holds a transaction id) and stays open until `end`. */
  async function openWriter(url: string): Promise<{ end(): Promise<void> }> {
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    await writer.query('BEGIN');
    await writer.query('SELECT pg_current_xact_id()');
    return {
      async end() {
        await writer.query('COMMIT');
        await writer.end();
      },
    };
  }

  /** A new organisation's feed, and a way to record events for it that carry their own key. */
  async function newFeed(): Promise<{ record: (key: string) => Promise<void>; shows: (key: string) => Promise<boolean> }> {
    const reader = await createClient(app, { scopes: ['events:read'], orgKind: 'centre' });
    const [{ id }] = await app.dataSource.query('SELECT id FROM organisations WHERE code = $1', [reader.organisationCode]);
    const outbox = app.running.app.get(EventOutbox);
    return {
      record: (key) =>
        app.dataSource.transaction((manager) =>
          outbox.record(manager, { organisationId: id, type: 'booking.event.cancelled', resourceKey: key, data: { key } }),
        ),
      async shows(key) {
        const page = await call(app.http().get('/v1/events?limit=50').set('Authorization', basic(reader)));
        return page.body.data.some((event: { data: { key?: string } }) => event.data.key === key);
      },
    };
  }

  it('is not held back by a transaction still writing in another database of the same server', async () => {
    const { record, shows } = await newFeed();
    // Older than the event's transaction, and open all the while the test polls: a horizon counting
    // every database of the server (pg_snapshot_xmin) never passes it, and the poll times out.
    const elsewhere = await openWriter(process.env.TEST_DATABASE_URL!);
    try {
      await record('elsewhere:1');
      await until(() => shows('elsewhere:1'), 10_000);
    } finally {
      await elsewhere.end();
    }
  });

  it('holds an event back while an older transaction of its own database is still open, which could yet record one before it', async () => {
    const { record, shows } = await newFeed();
    const here = await openWriter(app.database.url);
    try {
      await record('here:1');
      for (let polls = 0; polls < 10; polls++) expect(await shows('here:1')).toBe(false);
    } finally {
      await here.end();
    }
    await until(() => shows('here:1'), 10_000);
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
