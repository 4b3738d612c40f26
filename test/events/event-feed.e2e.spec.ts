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
    // Poll while they write, and once more after the last has committed.
    for (let polls = 0; polls < 2000; polls++) {
      const stillWriting = writing;
      const page = await call(
        app
          .http()
          .get(`/v1/events?limit=7${cursor ? `&after=${cursor}` : ''}`)
          .set('Authorization', basic(client)),
      );
      read.push(...page.body.data.map((event: { id: string }) => event.id));
      cursor = page.body.next_cursor;
      if (!stillWriting && !page.body.has_more) break;
      if (!page.body.has_more) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await done;
    expect(written).toHaveLength(60);
    // Nothing twice, nothing missed.
    expect(new Set(read).size).toBe(read.length);
    expect([...read].sort()).toEqual([...written].sort());
  });
});
