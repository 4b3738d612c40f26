import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'swagger-ui');
const describeWithBrowser = CHROMIUM ? describe : describe.skip;
if (!CHROMIUM) console.warn('SKIPPED: the Swagger UI browser test needs Debian chromium (apt-get install chromium); none found');

/** A person exploring the API: Swagger UI at /docs in headless Chromium, authorising and trying operations. */
describeWithBrowser('Swagger UI explorer', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp({ DEMO_SEED: 'true' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${app.baseUrl}/docs`);
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function authorize(clientId: string, secret: string) {
    await page.click('button.authorize');
    const basic = page.locator('.auth-container', { has: page.locator('code', { hasText: 'basicAuth' }) });
    const logout = basic.locator('button', { hasText: 'Logout' });
    if (await logout.count()) await logout.click();
    await basic.locator('#auth-basic-username').fill(clientId);
    await basic.locator('#auth-basic-password').fill(secret);
    await basic.locator('button.authorize').click();
    await page.locator('.modal-ux button.btn-done').first().click();
  }

  /** Expands an operation, fills its parameters, executes it and answers the status and body shown on the page. */
  async function tryOut(operationId: string, parameters: Record<string, string>, screenshot: string) {
    const block = page.locator(`[id$="-${operationId}"]`);
    if (!(await block.locator('.opblock-body').count())) await block.locator('.opblock-summary').first().click();
    // The docs open with "Try it out" on; older settings need the click.
    await block.locator('.opblock-body').waitFor();
    if ((await block.locator('button.execute').count()) === 0) await block.locator('button.try-out__btn').click();
    for (const [name, value] of Object.entries(parameters)) {
      const row = block.locator(`tr[data-param-name="${name}"]`);
      if (await row.locator('select').count()) await row.locator('select').selectOption(value);
      else await row.locator('input').fill(value);
    }
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table tbody tr.response .response-col_status').first();
    await status.waitFor({ timeout: 20_000 });
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: false });
    return {
      status: (await status.textContent())!.trim(),
      body: (await block.locator('.live-responses-table tbody tr.response .response-col_description pre').first().textContent()) ?? '',
    };
  }

  it('shows every module and offers both Basic and Bearer under Authorize', async () => {
    expect(await page.textContent('.swagger-ui .info .title')).toContain('Assessment API platform');
    const tags = await page.$$eval('.opblock-tag', (elements) => elements.map((e) => e.getAttribute('data-tag')));
    expect(tags).toEqual(
      expect.arrayContaining([
        'OAuth',
        'Health',
        'IELTS',
        'IELTS administration',
        'Booking events',
        'Booking registrations',
        'Results scripts',
        'Fulfillment test IDs',
        'Fulfillment inventory',
      ]),
    );
    await page.click('button.authorize');
    const schemes = await page.$$eval('.modal-ux .auth-container h4 code', (elements) => elements.map((e) => e.textContent));
    expect(schemes).toEqual(['basicAuth', 'bearerAuth']);
    await page.screenshot({ path: join(SCREENSHOTS, '01-authorize.png') });
    await page.locator('.modal-ux button.btn-done').first().click();
  });

  it('runs a platform operation without credentials', async () => {
    const { status, body } = await tryOut('getLiveness', {}, '02-health.png');
    expect(status).toBe('200');
    expect(JSON.parse(body)).toEqual({ status: 'ok' });
  });

  it('runs an IELTS verification as a demo Recognising Organisation, with the pre-filled example TRF number', async () => {
    await authorize('demo-ielts-ro', 'demo-ielts-ro-secret');
    const { status, body } = await tryOut('getResultVerification', { photoFlag: 'N' }, '03-ielts.png');
    expect(status).toBe('200');
    expect(JSON.parse(body).results[0]).toMatchObject({ trfNumber: '17UZ010772RAKN025A', familyName: 'KARIMOVA', roName: 'University of Demo' });
  });

  it('runs a Booking search as the demo centre', async () => {
    await authorize('demo-booking-centre', 'demo-booking-centre-secret');
    const { status, body } = await tryOut('listClasses', { organization: '00000000-0000-4000-8000-000000004200' }, '04-booking.png');
    expect(status).toBe('200');
    expect(JSON.parse(body).Classes[0]).toMatchObject({ Name: 'Year 12 English' });
  });

  it('runs a Results status lookup as the demo ATS, with the pre-filled seed candidate', async () => {
    await authorize('demo-results-ats', 'demo-results-ats-secret');
    const { status, body } = await tryOut('getCandidateResultStatus', {}, '06-results.png');
    expect(status).toBe('200');
    expect(JSON.parse(body)).toMatchObject({ candidateNumber: '1804', centreId: '04200' });
  });

  it('explains the fulfilment signature and lists the demo inventory as the Local Administrator', async () => {
    expect(await page.textContent('.swagger-ui .info')).toContain('X-Fulfillment-Signature');
    await authorize('demo-fulfillment-la', 'demo-fulfillment-la-secret');
    const { status, body } = await tryOut('listInventory', { testType: 'Academic-Plus' }, '07-fulfillment.png');
    expect(status).toBe('200');
    expect(JSON.parse(body).counts).toEqual(expect.arrayContaining([expect.objectContaining({ testType: 'Academic-Plus', status: 'Ready' })]));
  });

  it('shows the error envelope for a request the API refuses', async () => {
    await authorize('demo-booking-centre', 'demo-booking-centre-secret');
    const { status, body } = await tryOut('getRegistration', { registration: '00000000-0000-4000-8000-00000000ffff' }, '05-error.png');
    expect(status).toBe('404');
    expect(JSON.parse(body)).toMatchObject({ errorCode: 70404, detail: 'Registration not found.' });
  });

  it("shows the events' webhooks and reads the university's event feed", async () => {
    await authorize('demo-ielts-ro', 'demo-ielts-ro-secret');
    const { status, body } = await tryOut('listEventFeed', {}, '08-event-feed.png');
    expect(status).toBe('200');
    expect(JSON.parse(body).data[0]).toMatchObject({ id: 'evt_7c1e4b2a9d3f4e5a8b6c0d1e2f3a4b5c', type: 'ielts.result.shared' });
    // OpenAPI 3.1's webhooks: each event Swagger UI lists, with its payload.
    const webhooks = page.locator('.webhooks');
    await webhooks.scrollIntoViewIfNeeded();
    for (const type of ['ielts.result.updated', 'results.script.ready', 'booking.event.cancelled', 'webhook.ping']) {
      expect(await webhooks.textContent()).toContain(type);
    }
    await page.screenshot({ path: join(SCREENSHOTS, '09-webhooks.png') });
  });
});
