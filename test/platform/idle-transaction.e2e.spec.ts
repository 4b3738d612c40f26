import { EventOutbox } from '../../src/events/event-outbox.service.js';
import { databaseErrorToApiError } from '../../src/errors/database-errors.js';
import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

/**
 * A transaction of the service's own left open between statements (its process frozen, or cut off
 * from the database mid-transaction) keeps its row locks, and holds back every organisation's event
 * feed, until PostgreSQL ends it: after DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, and not hours later when
 * TCP gives up on the connection.
 */
describe('a transaction of the service left idle', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => app?.close());

  it('is ended by PostgreSQL, so the events it held back reach the feed, and its next statement answers 503', async () => {
    const reader = await createClient(app, { scopes: ['events:read'], orgKind: 'centre' });
    const [{ id: organisationId }] = await app.dataSource.query('SELECT id FROM organisations WHERE code = $1', [reader.organisationCode]);
    // Open on one of the service's own connections, with a transaction id, and never committed.
    const stalled = app.dataSource.createQueryRunner();
    await stalled.startTransaction();
    const [{ pid }] = await stalled.query('SELECT pg_backend_pid() AS pid, pg_current_xact_id()');
    // Recorded after it began, so held back while it might still record an event before this one.
    const outbox = app.running.app.get(EventOutbox);
    await app.dataSource.transaction((manager) =>
      outbox.record(manager, { organisationId, type: 'booking.event.cancelled', resourceKey: 'idle:1', data: { key: 'idle:1' } }),
    );
    const shown = async () => {
      const page = await call(app.http().get('/v1/events?limit=50').set('Authorization', basic(reader)));
      return page.body.data.some((event: { data: { key?: string } }) => event.data.key === 'idle:1');
    };
    // Without the timeout the stalled transaction lives as long as its connection: the poll times out.
    await until(shown, 20_000);
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM pg_stat_activity WHERE pid = $1', [pid]);
    expect(count).toBe(0);
    const failure = await stalled.query('SELECT 1').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(databaseErrorToApiError(failure)?.code).toBe(70503);
    await stalled.release().catch(() => undefined);
    // The pool replaces the connection it lost: the service still answers.
    expect((await call(app.http().get('/v1/events?limit=1').set('Authorization', basic(reader)))).status).toBe(200);
  });
});
