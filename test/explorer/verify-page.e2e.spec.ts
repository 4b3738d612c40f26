import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../support/browser.js';
import { basic, demoClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'verify-page');
const describeWithBrowser = CHROMIUM ? describe : describe.skip;
if (!CHROMIUM) console.warn('SKIPPED: the verification page browser test needs Debian chromium (apt-get install chromium); none found');

const UNIVERSITY = demoClient('demo-ielts-ro');

/** A person checking a result credential at /verify in headless Chromium: pasted, then opened from its link. */
describeWithBrowser('the credential verification page', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp({ DEMO_SEED: 'true' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    // The page must work under the service's content security policy: no blocked inline script or style.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a pasted credential as valid, with the result it states and a QR code of its link', async () => {
    const created = await call(app.http().post('/v1/sandbox/ielts/results').set('Authorization', basic(UNIVERSITY)));
    const trf = created.body.trfNumber as string;
    const jwt = (await call(app.http().get(`/v1/ielts/results/${trf}/credential`).set('Authorization', basic(UNIVERSITY)))).text;

    await page.goto(`${app.baseUrl}/verify`);
    expect(await page.textContent('h1')).toBe('Verify a result credential');
    await page.fill('#credential', jwt);
    await Promise.all([page.waitForURL(/\/verify\?credential=/), page.click('button[type=submit]')]);
    const verdict = page.locator('section.verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('valid');
    expect(await verdict.locator('h2').textContent()).toBe('Valid');
    const result = await page.textContent('table.result');
    for (const text of [trf, created.body.familyName, 'Overall band', created.body.overallBandScore]) expect(result).toContain(text);
    expect(await page.locator('.qr svg').count()).toBe(1);
    const link = await page.getAttribute('.link a', 'href');
    expect(link).toMatch(/\/verify\?id=[0-9a-f-]{36}$/);
    await page.screenshot({ path: join(SCREENSHOTS, '01-valid.png'), fullPage: true });

    // The result is cancelled: the same link now says revoked.
    await call(app.http().post(`/v1/sandbox/ielts/results/${trf}/cancel`).set('Authorization', basic(UNIVERSITY)));
    await page.goto(`${app.baseUrl}${new URL(link!).pathname}${new URL(link!).search}`);
    expect(await page.locator('section.verdict').getAttribute('data-verdict')).toBe('revoked');
    expect(await page.locator('section.verdict h2').textContent()).toBe('Revoked');
    expect(await page.textContent('ul.checks')).toMatch(/revoked: bit \d+ of .* is set/);
    await page.screenshot({ path: join(SCREENSHOTS, '02-revoked.png'), fullPage: true });
  });

  it('says a credential with one character changed is not valid, and shows nothing it claims', async () => {
    const jwt = (await call(app.http().get('/v1/ielts/results/17UZ010772RAKN025A/credential').set('Authorization', basic(UNIVERSITY)))).text;
    const [header, payload, signature] = jwt.split('.');
    const altered = `${header}.${payload}.${signature.slice(0, 5)}${signature[5] === 'A' ? 'B' : 'A'}${signature.slice(6)}`;
    await page.goto(`${app.baseUrl}/verify`);
    await page.fill('#credential', altered);
    await Promise.all([page.waitForURL(/\/verify\?credential=/), page.click('button[type=submit]')]);
    expect(await page.locator('section.verdict').getAttribute('data-verdict')).toBe('invalid');
    expect(await page.locator('section.verdict h2').textContent()).toBe('Not valid');
    expect(await page.locator('table.result').count()).toBe(0);
    expect(await page.textContent('ul.checks')).toContain('the signature does not match');
    await page.screenshot({ path: join(SCREENSHOTS, '03-not-valid.png'), fullPage: true });
    expect(violations).toEqual([]);
  });
});
