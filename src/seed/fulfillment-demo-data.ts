import type { EntityManager } from 'typeorm';
import { SecretBox } from '../common/secret-box.js';
import { newWebhookSecret } from '../common/standard-webhook-signature.js';
import { newTestPassword } from '../fulfillment/test-credentials.js';

const TEST_URL = 'https://exam.example.org/start';
const INSTRUCTIONS =
  'Sign in at the address above with your test ID and password. Allow about 90 minutes; use a computer with a microphone and headphones, and do not close the browser while the test runs.';

/** The sandbox's signing keys, with fixed secrets so that the README's examples work as printed. */
export const DEMO_DEAD_DELIVERY_ID = '00000000-0000-4000-8000-000000000d01';
/** An STX fulfilment whose e-mail the mail server refused for the candidate (getFulfilmentEmail's example). */
export const DEMO_REFUSED_MAIL_FULFILMENT_ID = '00000000-0000-4000-8000-00000000f001';
const DEMO_REFUSED_MAIL_ID = '00000000-0000-4000-8000-00000000e001';
const DEMO_REFUSED_ADDRESS = 'no.such.candidate@example.org';

export const DEMO_FULFILLMENT_KEYS = [
  { keyId: 'fk_demo_gtx_academic_plus', productCode: 'GTX-Academic-Plus', secret: 'fsk_demo_gtx_academic_plus_secret' },
  { keyId: 'fk_demo_stx_academic_plus', productCode: 'STX-Academic-Plus', secret: 'fsk_demo_stx_academic_plus_secret' },
  { keyId: 'fk_demo_gtx_academic_plus_sale', productCode: 'GTX-Academic-Plus-Sale', secret: 'fsk_demo_gtx_academic_plus_sale_secret' },
];

const PRODUCT_CODES = [
  { code: 'GTX-Academic-Plus', testType: 'Academic-Plus', source: 'inventory' },
  { code: 'STX-Academic-Plus', testType: 'Academic-Plus', source: 'inventory' },
  { code: 'GTX-Corporate', testType: 'Corporate', source: 'inventory' },
  { code: 'STX-Corporate', testType: 'Corporate', source: 'inventory' },
  { code: 'GTX-Academic-Plus-Sale', testType: 'Academic-Plus', source: 'sale' },
];

/**
 * Product codes, the Local Administrator's inventory (with the document's example test 123982B8AP),
 * its demo signing keys, and the track `RC` of the document's example. The track points at an address
 * that never resolves, so its deliveries end up dead, to be seen and re-driven; re-point it with PUT.
 */
export async function seedFulfillmentDemoData(manager: EntityManager, localAdministratorId: string, clientId: string, pepper: string): Promise<void> {
  const secrets = new SecretBox(pepper);
  for (const p of PRODUCT_CODES) {
    await manager.query('INSERT INTO fulfillment_product_codes (code, test_type, source, instructions, test_url) VALUES ($1, $2, $3, $4, $5)', [
      p.code,
      p.testType,
      p.source,
      INSTRUCTIONS,
      TEST_URL,
    ]);
  }
  const tests = [
    ['123982B8AP', 'Academic-Plus'],
    ...Array.from({ length: 24 }, (_, i) => [`DEMOAP${String(i + 1).padStart(4, '0')}`, 'Academic-Plus']),
    ...Array.from({ length: 10 }, (_, i) => [`DEMOCO${String(i + 1).padStart(4, '0')}`, 'Corporate']),
  ];
  for (const [testId, testType] of tests) {
    await manager.query('INSERT INTO fulfillment_tests (test_id, organisation_id, test_type, password) VALUES ($1, $2, $3, $4)', [
      testId,
      localAdministratorId,
      testType,
      newTestPassword(),
    ]);
  }
  for (const key of DEMO_FULFILLMENT_KEYS) {
    await manager.query('INSERT INTO fulfillment_api_keys (id, client_id, organisation_id, product_code, secret_sealed) VALUES ($1, $2, $3, $4, $5)', [
      key.keyId,
      clientId,
      localAdministratorId,
      key.productCode,
      secrets.seal(key.secret),
    ]);
  }
  await manager.query('INSERT INTO fulfillment_tracks (code, organisation_id, url, fire_on_finished, signing_secret_sealed) VALUES ($1, $2, $3, true, $4)', [
    'RC',
    localAdministratorId,
    'https://results-receiver.invalid/itep',
    secrets.seal(newWebhookSecret()),
  ]);
  // A delivery the unreachable receiver killed, so that listing and re-driving dead deliveries can be tried.
  await manager.query(
    `INSERT INTO fulfillment_webhook_deliveries (id, track_code, test_id, event, data, status, attempts, last_error)
     VALUES ($1, 'RC', 'DEMOCO0010', 'graded', $2, 'dead', 10, 'getaddrinfo ENOTFOUND results-receiver.invalid')`,
    [DEMO_DEAD_DELIVERY_ID, JSON.stringify({ OID: 'S-1010', TestID: 'DEMOCO0010', Status: 'Graded' })],
  );
  await seedRefusedMailFulfilment(manager, localAdministratorId, clientId);
}

/** DEMOAP0024, fulfilled with STX to an address the mail server refused: its e-mail is dead, with the server's reply. */
async function seedRefusedMailFulfilment(manager: EntityManager, localAdministratorId: string, clientId: string): Promise<void> {
  const testId = 'DEMOAP0024';
  await manager.query(
    `UPDATE fulfillment_tests SET assigned_to = $2, product_code = 'STX-Academic-Plus', assigned_at = now(), updated_at = now() WHERE test_id = $1`,
    [testId, JSON.stringify({ fulfilment: DEMO_REFUSED_MAIL_FULFILMENT_ID })],
  );
  await manager.query(
    `INSERT INTO mail_outbox (id, purpose, recipients, message, status, attempts, last_error)
     VALUES ($1, 'fulfilment', $2::jsonb, $3::jsonb, 'dead', 1, $4)`,
    [
      DEMO_REFUSED_MAIL_ID,
      JSON.stringify({ to: [DEMO_REFUSED_ADDRESS], bcc: [] }),
      JSON.stringify({
        from: 'Assessment Platform <no-reply@assessment-platform.test>',
        subject: `Your test ID ${testId}`,
        text: `Your test ID is ${testId}.`,
      }),
      `${DEMO_REFUSED_ADDRESS} refused: 550 5.1.1 <${DEMO_REFUSED_ADDRESS}>: Recipient address rejected: User unknown`,
    ],
  );
  await manager.query(
    `INSERT INTO fulfillment_fulfilments (id, client_id, organisation_id, api_key_id, product_code, test_id, source, email, mail_id)
     VALUES ($1, $2, $3, 'fk_demo_stx_academic_plus', 'STX-Academic-Plus', $4, 'inventory', $5, $6)`,
    [DEMO_REFUSED_MAIL_FULFILMENT_ID, clientId, localAdministratorId, testId, DEMO_REFUSED_ADDRESS, DEMO_REFUSED_MAIL_ID],
  );
}
