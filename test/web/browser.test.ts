/**
 * The web page in a real browser: Debian's Chromium driven by playwright-core (nothing is
 * downloaded). It asks a question, sees the practice card and its source, switches the language
 * and saves a screenshot in test-results/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { realAssistant } from '../helpers/assistant.js';
import { startServer, type RunningServer } from '../helpers/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.join(PROJECT_ROOT, 'test-results');

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install Debian's package (apt-get install chromium), as .ci/run does, or set CHROMIUM_PATH.`);
  }
  server = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the chat page', () => {
  it('answers a typed question with the practice card and its source, and switches language', async () => {
    const assistant = await realAssistant();
    const en = assistant.localizer.t('en');
    const de = assistant.localizer.t('de');
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toBe(en('web:title'));
    await page.getByText(en('bot:welcome.text').slice(0, 40)).first().waitFor({ timeout: 30_000 });

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('How does Frankfurt avoid segregation in social housing?');
    await input.press('Enter');
    const frankfurt = assistant.inventory.practices.get('frankfurt-anti-segregation-allocation')!;
    await page.getByText(frankfurt.title.en).first().waitFor({ timeout: 30_000 });
    await expect(page.locator(`a[href="${frankfurt.sources[0]!.url}"]`).first().isVisible()).resolves.toBe(true);

    await page.selectOption('#language', 'de');
    await page.getByText(de('bot:language.set')).first().waitFor({ timeout: 30_000 });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.locator('#page-title').textContent()).resolves.toBe(de('web:title'));

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'webchat.png'), fullPage: true });
    expect(existsSync(path.join(RESULTS, 'webchat.png'))).toBe(true);
  }, 90_000);

  it('waits and sends again when the server says 429, so a quick second question is still answered', async () => {
    const limited = await startServer({}, { rateLimits: { chat: { burst: 2, rate: 1 }, search: { burst: 30, rate: 5 }, files: { burst: 60, rate: 10 } } });
    const tab = await browser.newPage();
    try {
      const en = (await realAssistant()).localizer.t('en');
      await tab.goto(`${limited.url}/`);
      await tab.getByText(en('bot:welcome.text').slice(0, 40)).first().waitFor({ timeout: 30_000 });
      const input = tab.locator('[data-id="webchat-sendbox-input"]');
      const refused: number[] = [];
      tab.on('response', (response) => {
        if (response.url().endsWith('/api/webchat/activities') && response.status() === 429) refused.push(429);
      });
      await input.fill('What has Vienna done?');
      await input.press('Enter');
      await input.fill('What has Turin done?');
      await input.press('Enter');
      await tab.getByText('Turin (Italy)').first().waitFor({ timeout: 30_000 });
      await tab.getByText('Vienna (Austria)').first().waitFor({ timeout: 30_000 });
      expect(refused.length).toBeGreaterThan(0);
    } finally {
      await tab.close();
      await limited.close();
    }
  }, 60_000);
});
