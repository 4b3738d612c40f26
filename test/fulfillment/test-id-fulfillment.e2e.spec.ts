import { randomUUID } from 'node:crypto';
import { runClientsCommand } from '../../src/cli/clients-command.js';
import { basic, createClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { fulfill, loadTests, nonce, setUpFulfillment, type FulfillmentWorld } from '../support/fulfillment.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

/** The iTEP document's example body, without the stray closing brace it ends with. */
const SEED_EXAMPLE =
  '{"product-code": "STX-Academic-Plus","email":"tfatout2@proton.me","bcc":"twif_bam@yahoo.com","track": "RC","sequence":3,"assigned-to": {"expire": "2024-09-01","student-name": "Mary Poppins","customer-candidate-id":9810283,"sequence":3},"registration": {"Last_Name":"Poppins","First_Name":"Mary","Email":"m.poppins@disney.com","Birthday": "1955-07-08","OIN": "123-456-7890","OIN_Country": "US","OIN_Type": "1","Address":"10119 Popular Lane","City":"Los Angeles","Field_Of_Study":"Biology"}}';

describe('Fulfillment: obtaining a test ID', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let world: FulfillmentWorld;
  const count = async (sql: string, params: unknown[] = []) => (await app.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    receiver = await startWebhookReceiver();
    // The customers' results receivers run on this machine.
    app = await startTestApp({
      SMTP_URL: smtp.url,
      JOBS_POLL_INTERVAL_MS: '50',
      MAIL_ARCHIVE_ADDRESS: 'archive@platform.test',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    world = await setUpFulfillment(app, { orgCode: 'LA-0701', tests: 8 });
    const track = await call(
      app.http().put('/v1/fulfillment/admin/tracks/RC').set('Authorization', basic(world.admin)).send({ organisationCode: 'LA-0701', url: receiver.url }),
    );
    expect(track.status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    await receiver?.close();
  });

  it('GTX: answers an available test ID from the inventory and marks it assigned', async () => {
    const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], {
      'product-code': 'GTX-Academic-Plus',
      'assigned-to': { 'student-name': 'Ada Lovelace', 'customer-candidate-id': 42 },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      productCode: 'GTX-Academic-Plus',
      testType: 'Academic-Plus',
      delivery: 'GTX',
      source: 'inventory',
      status: 'Ready',
      email: null,
      track: null,
      testUrl: 'https://exam.example.org/start',
    });
    expect(response.body.password).toMatch(/^[A-Z0-9]{8}$/);
    const [test] = await app.dataSource.query('SELECT assigned_to, product_code FROM fulfillment_tests WHERE test_id = $1', [response.body.testId]);
    expect(test).toEqual({ assigned_to: { 'student-name': 'Ada Lovelace', 'customer-candidate-id': 42 }, product_code: 'GTX-Academic-Plus' });
    expect(smtp.messages).toHaveLength(0);
  });

  it('takes assigned-to and registration as JSON strings too, as the document calls them', async () => {
    const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], {
      'product-code': 'GTX-Academic-Plus',
      'assigned-to': JSON.stringify({ 'student-name': 'Grace Hopper', 'customer-candidate-id': 43 }),
      registration: JSON.stringify({ First_Name: 'Grace', Last_Name: 'Hopper' }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ assignedTo: { 'student-name': 'Grace Hopper' }, registration: { First_Name: 'Grace', Last_Name: 'Hopper' } });
    const notJson = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus', registration: '{not json' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.details[0].field).toBe('registration');
  });

  it("STX: takes the document's own example body and e-mails the candidate, with copies to bcc and the archive", async () => {
    const response = await fulfill(app, world.la, world.keys['STX-Academic-Plus'], SEED_EXAMPLE);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      delivery: 'STX',
      track: 'RC',
      assignedTo: { 'student-name': 'Mary Poppins', sequence: 3 },
      registration: { Field_Of_Study: 'Biology' },
    });
    expect(response.body.email).toMatchObject({ to: 'tfatout2@proton.me', bcc: ['twif_bam@yahoo.com'], status: 'queued' });
    const [mail] = await smtp.waitFor(1);
    expect(mail.envelopeTo.sort()).toEqual(['archive@platform.test', 'tfatout2@proton.me', 'twif_bam@yahoo.com']);
    expect(mail.parsed.subject).toContain(response.body.testId);
    expect(mail.parsed.text).toContain(`Test ID:  ${response.body.testId}`);
    expect(mail.parsed.text).toContain(`Password: ${response.body.password}`);
    expect(mail.parsed.text).toContain('Dear Mary Poppins,');
    expect(mail.parsed.headers.get('bcc')).toBeUndefined();
    const [fulfilment] = await app.dataSource.query('SELECT source, sequence, track_code, mail_id FROM fulfillment_fulfilments WHERE id = $1', [
      response.body.fulfilmentId,
    ]);
    expect(fulfilment).toEqual({ source: 'inventory', sequence: 3, track_code: 'RC', mail_id: response.body.email.messageId });
  });

  it("answers the document's example as printed (with its extra closing brace) with 400/60003", async () => {
    const response = await fulfill(app, world.la, world.keys['STX-Academic-Plus'], `${SEED_EXAMPLE}}`);
    expect(response.status).toBe(400);
    expect(response.body.errorCode).toBe(60003);
    expect(response.body.detail).toMatch(/not valid JSON/);
  });

  it.each([
    [{ DOB_Month: 13 }, 'Out of range Birth Month [13].'],
    [{ DOB_Month: 'July' }, 'Out of range Birth Month [July].'],
    [{ DOB_Day: 0 }, 'Out of range Birth Day [0].'],
    [{ DOB_Day: '32' }, 'Out of range Birth Day [32].'],
    [{ DOB_Year: 1900 }, 'Out of range Birth Year [1900].'],
    [{ Birthday: '7/8' }, 'Unable to parse Birth Date [7/8].'],
    [{ Birthday: 'yesterday' }, 'Unable to parse Birth Date [yesterday].'],
    [{ Birthday: '13/8/1955' }, 'Out of range Birth Month [13].'],
    [{ Gender: 'Robot' }, 'Invalid Gender [Robot].'],
    [{ Education: 'Kindergarten' }, 'Invalid Education [Kindergarten].'],
    [{ Field_Of_Study: 'Alchemy' }, 'Invalid Study Field [Alchemy].'],
    [{ last_name: 'Poppins' }, 'Unknown registration field [last_name].'],
  ])("refuses registration %j with the document's message", async (registration, message) => {
    const before = await count('SELECT count(*)::int AS n FROM fulfillment_fulfilments');
    const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus', registration });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 71422, detail: message });
    expect(response.body.details[0]).toMatchObject({ location: 'body', field: `registration.${Object.keys(registration)[0]}`, message });
    expect(await count('SELECT count(*)::int AS n FROM fulfillment_fulfilments')).toBe(before);
  });

  it('accepts birthdays as M/D/YYYY, D-M-YYYY and ISO, and value lists in any case', async () => {
    for (const Birthday of ['7/8/1955', '8-7-1955', '1955-07-08']) {
      const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus-Sale'], {
        'product-code': 'GTX-Academic-Plus-Sale',
        registration: { Birthday, Gender: 'female', Education: 'MASTER', Field_Of_Study: 'computer science', DOB_Month: '7', trExternal_ID: 'S-1' },
      });
      expect(response.status).toBe(201);
    }
  });

  describe('the signature', () => {
    const body = { 'product-code': 'GTX-Academic-Plus-Sale' };

    it('verifies pretty-printed JSON signed as sent', async () => {
      const response = await fulfill(
        app,
        world.la,
        world.keys['GTX-Academic-Plus-Sale'],
        JSON.stringify({ ...body, registration: { First_Name: 'Ada' } }, null, 2),
      );
      expect(response.status).toBe(201);
    });

    it.each([
      ['missing', { header: '' }, 401, 71411],
      ['malformed', { header: 'keyId=fk_demo,t=soon' }, 400, 71410],
      [
        'signed with an unknown key',
        { header: `keyId=fk_nosuchkey,t=${Math.floor(Date.now() / 1000)},nonce=${nonce()}nonce,v1=${'0'.repeat(64)}` },
        401,
        71412,
      ],
      ['tampered after signing', { tamper: (raw: string) => raw.replace('Sale"', 'Sale" ') }, 401, 71415],
      ['ten minutes old', { timestamp: Math.floor(Date.now() / 1000) - 600 }, 401, 71416],
    ])('refuses a request whose signature is %s', async (_label, options, status, code) => {
      const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus-Sale'], body, options);
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ errorCode: code, details: [{ location: 'header', field: 'X-Fulfillment-Signature' }] });
    });

    it('refuses a replayed nonce', async () => {
      const used = nonce();
      const timestamp = Math.floor(Date.now() / 1000);
      expect((await fulfill(app, world.la, world.keys['GTX-Academic-Plus-Sale'], body, { nonce: used, timestamp })).status).toBe(201);
      const replay = await fulfill(app, world.la, world.keys['GTX-Academic-Plus-Sale'], body, { nonce: used, timestamp });
      expect(replay.status).toBe(401);
      expect(replay.body.errorCode).toBe(71417);
    });

    it("refuses a key of another product code and another client's key", async () => {
      const wrongProduct = await fulfill(app, world.la, world.keys['GTX-Corporate'], body);
      expect(wrongProduct.status).toBe(403);
      expect(wrongProduct.body.errorCode).toBe(71414);
      const other = await createClient(app, { scopes: ['fulfillment:write'], orgKind: 'local_administrator' });
      const foreign = await fulfill(app, other, world.keys['GTX-Academic-Plus-Sale'], body);
      expect(foreign.status).toBe(403);
      expect(foreign.body.errorCode).toBe(71413);
    });

    it('still needs Basic or Bearer credentials', async () => {
      const response = await call(app.http().post('/v1/fulfillment/test-ids').set('X-Fulfillment-Signature', 'x').send(body));
      expect(response.status).toBe(401);
      expect(response.body.errorCode).toBe(70402);
    });
  });

  it('refuses an STX request without email, an unknown product code and a track of another customer', async () => {
    const noEmail = await fulfill(app, world.la, world.keys['STX-Academic-Plus'], { 'product-code': 'STX-Academic-Plus' });
    expect(noEmail.status).toBe(400);
    expect(noEmail.body).toMatchObject({ errorCode: 71423, details: [{ field: 'email' }] });
    const unknownTrack = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], { 'product-code': 'GTX-Academic-Plus', track: 'NOPE' });
    expect(unknownTrack.status).toBe(400);
    expect(unknownTrack.body).toMatchObject({ errorCode: 71421, details: [{ field: 'track' }] });
    const badKey = await call(app.http().post('/v1/fulfillment/api-keys').set('Authorization', basic(world.la)).send({ productCode: 'GTX-Unknown' }));
    expect(badKey.status).toBe(400);
    expect(badKey.body.errorCode).toBe(71420);
    const badBody = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], {
      'product-code': 'GTX-Academic-Plus',
      email: 'not-an-address',
      colour: 'red',
    });
    expect(badBody.status).toBe(400);
    expect(badBody.body.errorCode).toBe(60002);
  });

  it('sells a new test ID for a sale product code, leaving the inventory alone', async () => {
    const available = await count(
      `SELECT count(*)::int AS n FROM fulfillment_tests t JOIN organisations o ON o.id = t.organisation_id WHERE o.code = 'LA-0701' AND t.assigned_to IS NULL`,
    );
    const response = await fulfill(app, world.la, world.keys['GTX-Academic-Plus-Sale'], {
      'product-code': 'GTX-Academic-Plus-Sale',
      'assigned-to': { name: 'Sold' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ source: 'sale', testType: 'Academic-Plus' });
    const [row] = await app.dataSource.query(
      'SELECT t.source, f.source AS recorded FROM fulfillment_tests t JOIN fulfillment_fulfilments f ON f.test_id = t.test_id WHERE t.test_id = $1',
      [response.body.testId],
    );
    expect(row).toEqual({ source: 'sale', recorded: 'sale' });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM fulfillment_tests t JOIN organisations o ON o.id = t.organisation_id WHERE o.code = 'LA-0701' AND t.assigned_to IS NULL`,
      ),
    ).toBe(available);
  });

  it('replays the first test ID to a retried Idempotency-Key (signed anew) and refuses the key with another body', async () => {
    const key = `retry-${randomUUID()}`;
    const body = { 'product-code': 'GTX-Academic-Plus', 'assigned-to': { id: key } };
    const first = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], body, { idempotencyKey: key });
    const again = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], body, { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.testId).toBe(first.body.testId);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await count('SELECT count(*)::int AS n FROM fulfillment_fulfilments WHERE test_id = $1', [first.body.testId])).toBe(1);
    const other = await fulfill(app, world.la, world.keys['GTX-Academic-Plus'], { ...body, 'assigned-to': { id: 'other' } }, { idempotencyKey: key });
    expect(other.status).toBe(409);
    expect(other.body.errorCode).toBe(70409);
  });

  it('gives 100 concurrent callers different test IDs and a clear 409 once the inventory is out, with nothing half-written', async () => {
    await loadTests(
      app,
      world.admin,
      'LA-0701',
      Array.from({ length: 60 }, (_, i) => ({ testId: `CORP${String(i).padStart(4, '0')}`, testType: 'Corporate' })),
    );
    const before = {
      fulfilments: await count('SELECT count(*)::int AS n FROM fulfillment_fulfilments'),
      mail: await count('SELECT count(*)::int AS n FROM mail_outbox'),
    };
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fulfill(app, world.la, world.keys['GTX-Corporate'], { 'product-code': 'GTX-Corporate', 'assigned-to': { candidate: i } }),
      ),
    );
    const won = responses.filter((r) => r.status === 201);
    const lost = responses.filter((r) => r.status === 409);
    expect(won).toHaveLength(60);
    expect(lost).toHaveLength(40);
    expect(new Set(won.map((r) => r.body.testId)).size).toBe(60);
    expect(lost[0].body).toMatchObject({ errorCode: 71409, details: [{ field: 'product-code' }] });
    expect(lost[0].body.detail).toContain('GTX-Corporate');
    const [{ assigned, distinct }] = await app.dataSource.query(
      `SELECT count(*)::int AS assigned, count(DISTINCT f.test_id)::int AS distinct FROM fulfillment_fulfilments f WHERE f.product_code = 'GTX-Corporate'`,
    );
    expect({ assigned, distinct }).toEqual({ assigned: 60, distinct: 60 });
    expect(await count('SELECT count(*)::int AS n FROM fulfillment_fulfilments')).toBe(before.fulfilments + 60);
    expect(await count('SELECT count(*)::int AS n FROM mail_outbox')).toBe(before.mail);
  });

  it('lists keys without secrets and refuses a revoked key', async () => {
    const created = await call(
      app.http().post('/v1/fulfillment/api-keys').set('Authorization', basic(world.la)).send({ productCode: 'GTX-Academic-Plus-Sale' }),
    );
    expect(created.body.secret).toMatch(/^fsk_/);
    const listed = await call(app.http().get('/v1/fulfillment/api-keys').set('Authorization', basic(world.la)));
    expect(listed.body.keys.find((k: { keyId: string }) => k.keyId === created.body.keyId)).toMatchObject({
      productCode: 'GTX-Academic-Plus-Sale',
      revokedAt: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    const [sealed] = await app.dataSource.query('SELECT secret_sealed FROM fulfillment_api_keys WHERE id = $1', [created.body.keyId]);
    expect(sealed.secret_sealed).not.toContain(created.body.secret);
    expect((await call(app.http().delete(`/v1/fulfillment/api-keys/${created.body.keyId}`).set('Authorization', basic(world.la)))).status).toBe(204);
    const refused = await fulfill(app, world.la, { keyId: created.body.keyId, secret: created.body.secret }, { 'product-code': 'GTX-Academic-Plus-Sale' });
    expect(refused.status).toBe(401);
    expect(refused.body.errorCode).toBe(71412);
    expect((await call(app.http().delete('/v1/fulfillment/api-keys/fk_nosuchkey').set('Authorization', basic(world.la)))).status).toBe(404);
  });

  it('makes a signing key with the clients command, whose secret signs a real request', async () => {
    const lines: string[] = [];
    await runClientsCommand(['fulfillment-key', world.la.clientId, 'GTX-Academic-Plus-Sale'], app.running.app, app.config, (line) => lines.push(line));
    const keyId = lines.find((l) => l.startsWith('key_id:'))!.split(/\s+/)[1];
    const secret = lines.find((l) => l.startsWith('key_secret:'))!.split(/\s+/)[1];
    const response = await fulfill(app, world.la, { keyId, secret }, { 'product-code': 'GTX-Academic-Plus-Sale' });
    expect(response.status).toBe(201);
    await expect(runClientsCommand(['fulfillment-key', world.la.clientId, 'GTX-Nothing'], app.running.app, app.config, () => undefined)).rejects.toThrow(
      'GTX-Nothing is unknown',
    );
  });
});
