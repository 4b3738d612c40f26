import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { fulfill, loadTests, setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Fulfillment: the inventory', () => {
  let app: TestApp;
  let world: FulfillmentWorld;
  const csvImport = (organisationCode: string, csv: string) =>
    call(
      app
        .http()
        .post(`/v1/fulfillment/admin/inventory.csv?organisationCode=${organisationCode}`)
        .set('Authorization', basic(world.admin))
        .set('Content-Type', 'text/csv')
        .send(csv),
    );

  beforeAll(async () => {
    app = await startTestApp({ JOBS_POLL_INTERVAL_MS: '50', FULFILLMENT_EXPIRY_SWEEP_MS: '200' });
    world = await setUpFulfillment(app, { orgCode: 'LA-INV', tests: 0 });
    await loadTests(app, world.admin, 'LA-INV', [
      { testId: 'INVAP0001', testType: 'Academic-Plus', password: 'PASS0001' },
      { testId: 'INVAP0002', testType: 'Academic-Plus' },
      { testId: 'INVAP0003', testType: 'Academic-Plus' },
      { testId: 'INVCO0001', testType: 'Corporate' },
    ]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the inventory by status, test type and availability, with counts', async () => {
    await fulfill(app, world.la, world.keys['GTX-Corporate'], { 'product-code': 'GTX-Corporate', 'assigned-to': { name: 'Taken' } });
    const all = await call(app.http().get('/v1/fulfillment/inventory').set('Authorization', basic(world.la)));
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.counts).toEqual([
      { testType: 'Academic-Plus', status: 'Ready', total: 3, available: 3 },
      { testType: 'Corporate', status: 'Ready', total: 1, available: 0 },
    ]);
    const available = await call(
      app.http().get('/v1/fulfillment/inventory?available=true&testType=Academic-Plus&limit=2').set('Authorization', basic(world.la)),
    );
    expect(available.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(available.body.tests).toHaveLength(2);
    const taken = await call(app.http().get('/v1/fulfillment/inventory?available=false').set('Authorization', basic(world.la)));
    expect(taken.body.tests.map((t: { testId: string }) => t.testId)).toEqual(['INVCO0001']);
    const bad = await call(app.http().get('/v1/fulfillment/inventory?status=Lost').set('Authorization', basic(world.la)));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errorCode: 60001, details: [{ field: 'status' }] });
    const other = await createClient(app, { scopes: ['fulfillment:read'], orgKind: 'local_administrator' });
    expect((await call(app.http().get('/v1/fulfillment/inventory').set('Authorization', basic(other)))).body.total).toBe(0);
  });

  it('exports the available tests as CSV, and the provider imports that file back, reconciling duplicates', async () => {
    const exported = await call(app.http().get('/v1/fulfillment/inventory/available.csv').set('Authorization', basic(world.la)));
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename="available-tests-LA-INV-/);
    // supertest asks for gzip, as most clients do, and undoes it: the file below is the decoded text.
    expect(exported.headers['content-encoding']).toBe('gzip');
    const lines = exported.text.trim().split('\r\n');
    expect(lines[0]).toBe('Test ID,Password,Test Type,Status,Assigned To');
    expect(lines).toContain('INVAP0001,PASS0001,Academic-Plus,Ready,');
    expect(lines).toHaveLength(4);
    const report = await csvImport('LA-INV', `${exported.text}NEWAP0001,NEWPASS1,Academic-Plus,Ready,\r\nINVCO0001,CHANGED1,Corporate,Ready,\r\n`);
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 3,
      conflicts: [{ testId: 'INVCO0001', reason: 'in use (Ready, assigned); not changed' }],
    });
    const changed = await csvImport('LA-INV', 'Test ID,Password,Test Type\r\nINVAP0002,NEWPASS2,Academic-Plus\r\n');
    expect(changed.body).toMatchObject({ updated: 1, inserted: 0 });
    await createClient(app, { scopes: ['fulfillment:write'], orgKind: 'local_administrator', orgCode: 'LA-OTHER' });
    const foreign = await csvImport('LA-OTHER', 'Test ID,Test Type\r\nINVAP0003,Academic-Plus\r\n');
    expect(foreign.body.conflicts).toEqual([{ testId: 'INVAP0003', reason: 'belongs to another organisation; not changed' }]);
  });

  it('refuses a bad CSV naming its line, and a load for an unknown organisation, writing nothing', async () => {
    const bad = await csvImport('LA-INV', 'Test ID,Password,Test Type\r\nGOODAP0001,PASSWORD,Academic-Plus\r\nbad id,PASSWORD,Academic-Plus\r\n');
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toBe('line 3: Test ID "bad id" must be 6 to 20 characters of A-Z 0-9');
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM fulfillment_tests WHERE test_id = 'GOODAP0001'`);
    expect(n).toBe(0);
    expect((await csvImport('LA-INV', 'Password\r\nX\r\n')).body.detail).toMatch(/^line 1: the header must name/);
    const unclosed = await csvImport('LA-INV', 'Test ID,Test Type\r\n"GOODAP0003,Academic-Plus\r\n');
    expect(unclosed.status).toBe(400);
    expect(unclosed.body).toMatchObject({ errorCode: 60002, detail: expect.stringMatching(/^The CSV cannot be read: .*quote/i) });
    expect((await csvImport('LA-NOBODY', 'Test ID,Test Type\r\nGOODAP0002,Academic-Plus\r\n')).status).toBe(404);
    const json = await call(
      app
        .http()
        .post('/v1/fulfillment/admin/inventory.csv?organisationCode=LA-INV')
        .set('Authorization', basic(world.admin))
        .set('Content-Type', 'application/xml')
        .send('<x/>'),
    );
    expect(json.status).toBe(415);
  });

  it('returns an assigned test whose expiry date has passed to the inventory with a new password', async () => {
    // The one that stays first: a recycled test is available again and could be handed straight back out.
    const kept = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], {
      'product-code': 'GTX-Academic-Plus',
      'assigned-to': { name: 'Coming', expire: '2099-01-01' },
    });
    const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], {
      'product-code': 'GTX-Academic-Plus',
      'assigned-to': { name: 'Gone', expire: '2024-09-01' },
    });
    expect(response.status).toBe(201);
    const deadline = Date.now() + 10000;
    let row: { assigned_to: unknown; password: string; recycled_count: number } | undefined;
    while (Date.now() < deadline) {
      [row] = await app.dataSource.query('SELECT assigned_to, password, recycled_count FROM fulfillment_tests WHERE test_id = $1', [response.body.testId]);
      if (row!.assigned_to === null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(row).toMatchObject({ assigned_to: null, recycled_count: 1 });
    expect(row!.password).not.toBe(response.body.password);
    const [still] = await app.dataSource.query('SELECT assigned_to FROM fulfillment_tests WHERE test_id = $1', [kept.body.testId]);
    expect(still.assigned_to).toEqual({ name: 'Coming', expire: '2099-01-01' });
    const badExpiry = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], {
      'product-code': 'GTX-Academic-Plus',
      'assigned-to': { expire: 'next week' },
    });
    expect(badExpiry.status).toBe(400);
    expect(badExpiry.body.details[0].field).toBe('assigned-to.expire');
  });

  it('keeps the provider side to fulfillment:admin', async () => {
    const refused = await call(
      app
        .http()
        .post('/v1/fulfillment/admin/inventory')
        .set('Authorization', basic(world.la))
        .send({ organisationCode: 'LA-INV', tests: [{ testId: 'SNEAKY0001', testType: 'Academic-Plus' }] }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.errorCode).toBe(70403);
  });

  it('takes loads of the same tests at once, in any order, as it takes them in turn: each test once, reported inserted once', async () => {
    await createClient(app, { scopes: ['fulfillment:read'], orgKind: 'local_administrator', orgCode: 'LA-RACE' });
    const tests = Array.from({ length: 8 }, (_, i) => ({ testId: `RACE0000${i}`, testType: 'Academic-Plus' }));
    const load = (order: typeof tests) =>
      call(app.http().post('/v1/fulfillment/admin/inventory').set('Authorization', basic(world.admin)).send({ organisationCode: 'LA-RACE', tests: order }));
    // Half of the loads send the tests backwards: taken in the order sent, two loads would each hold a
    // test the other waits for.
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => load(i % 2 ? [...tests].reverse() : tests)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    expect(answers.reduce((sum, answer) => sum + answer.body.inserted, 0)).toBe(tests.length);
    expect(answers.reduce((sum, answer) => sum + answer.body.unchanged, 0)).toBe(11 * tests.length);
    const [{ n }] = await app.dataSource.query("SELECT count(*)::int AS n FROM fulfillment_tests WHERE test_id LIKE 'RACE%'");
    expect(n).toBe(tests.length);
  });

  it('reports conflicts in the order the tests were sent', async () => {
    await createClient(app, { scopes: ['fulfillment:read'], orgKind: 'local_administrator', orgCode: 'LA-OTHER-ORDER' });
    const sent = ['ORDZ0001', 'ORDA0001', 'ORDM0001'].map((testId) => ({ testId, testType: 'Academic-Plus' }));
    const send = (organisationCode: string) =>
      call(app.http().post('/v1/fulfillment/admin/inventory').set('Authorization', basic(world.admin)).send({ organisationCode, tests: sent }));
    expect((await send('LA-INV')).body.inserted).toBe(3);
    const refused = await send('LA-OTHER-ORDER');
    expect(refused.body.conflicts.map((conflict: { testId: string }) => conflict.testId)).toEqual(['ORDZ0001', 'ORDA0001', 'ORDM0001']);
  });
});
