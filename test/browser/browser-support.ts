import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestApps, type TestApps } from '../support/test-apps';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-output/screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A missing browser fails the suite loudly: a skipped browser test would pass CI without testing the page. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is required for the browser tests but ${CHROMIUM_PATH} does not exist. ` +
        'Install it with scripts/install-chromium.sh (Debian: apt-get install chromium).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface PageServer {
  apps: TestApps;
  baseUrl: string;
}

/** The in-process apps of test/support, with the public listener on a real loopback port for the browser. */
export async function startPageServer(): Promise<PageServer> {
  const apps = await startTestApps();
  await apps.scimApi.listen(0, '127.0.0.1');
  const { port } = apps.scimApi.getHttpServer().address() as AddressInfo;
  return { apps, baseUrl: `http://127.0.0.1:${port}` };
}

export interface SettingsPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions, console errors (CSP violations included) and requests leaving the page's origin. */
  problems: string[];
}

export async function openSettingsPage(
  browser: Browser,
  baseUrl: string,
  fragment: { orgId: string; session: string },
): Promise<SettingsPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, baseURL: baseUrl });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A 401/403/404 answer is logged by Chromium as a failed resource load; the page handles those itself.
    if (message.type() === 'error' && !/status of 40[134]/.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseUrl}/`)) problems.push(`external request: ${request.url()}`);
  });
  const hash = `#org=${encodeURIComponent(fragment.orgId)}&session=${encodeURIComponent(fragment.session)}`;
  await page.goto(`${baseUrl}/settings/scim${hash}`);
  return { context, page, problems };
}

/** Full page by default; `viewport` for a modal dialog, whose backdrop covers only the viewport. */
export async function screenshot(
  page: Page,
  name: string,
  area: 'full' | 'viewport' = 'full',
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: area === 'full' });
  return path;
}

/** The value of one member count on the page (Members, Active, Disabled, Admins, Users, Guests). */
export async function stat(page: Page, term: string): Promise<string | null> {
  return page
    .locator('#member-stats div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd')
    .textContent();
}

/** Waits (Playwright's auto-wait) until the element shows the text, e.g. an aria-live status message. */
export async function waitForText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ state: 'visible' });
}
