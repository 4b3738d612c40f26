import pg from 'pg';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { untilBlockedBy } from '../support/lock-waits.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PAGE = {
  businessStreamId: '02',
  sessionId: '14244',
  centreId: '04200',
  candidateNumber: '1804',
  assessmentCode: '0500',
  componentId: '09',
  pageNumber: 1,
  pdf: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
};
// The lock a candidate component's script pages take (ScriptAccessService), which the test holds.
const PAGE_LOCK = `hashtext('scripts/02/14244/04200/1804/0500/09')`;

describe('every database connection busy', () => {
  let app: TestApp;
  let admin: TestClient;
  let reader: TestClient;
  let locker: pg.Client;

  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_SIZE: '2', JOBS_ENABLED: 'false' });
    admin = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board' });
    reader = await createClient(app, { scopes: ['ielts:read'] });
    locker = new pg.Client({ connectionString: app.database.url });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await app?.close();
  });

  it('answers 503 with a short Retry-After and says the connections were busy, without waiting again', async () => {
    const {
      rows: [{ pid }],
    } = await locker.query(`SELECT pg_backend_pid() AS pid, pg_advisory_lock(${PAGE_LOCK})`);
    // Both of the pool's connections wait on the lock, each for a page upload.
    const uploads = [1, 2].map((n) =>
      call(
        app
          .http()
          .put(`/v1/admin/scripts/00000000-0000-4000-8000-00000000000${n}`)
          .set('Authorization', basic(admin))
          .send({ ...PAGE, pageNumber: n }),
      ),
    );
    await untilBlockedBy(locker, pid, 2);
    const busy = await call(app.http().get('/v1/ielts/result-verification?trfNumber=17UZ010772RAKN025A&photoFlag=N').set('Authorization', basic(reader)));
    expect(busy.status).toBe(503);
    // Before: it waited for a connection twice more (the transient retry), and answered 503 "The database
    // is unreachable." with Retry-After 5 unless one came free meanwhile.
    expect(busy.body.detail).toBe('Every database connection of this process stayed busy while the request waited for one.');
    expect(busy.headers['retry-after']).toBe('1');
    await locker.query(`SELECT pg_advisory_unlock(${PAGE_LOCK})`);
    expect((await Promise.all(uploads)).map((upload) => upload.status)).toEqual([200, 200]);
  });
});
