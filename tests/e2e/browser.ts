/** Shared browser set-up for e2e: the installed Chromium, phone-sized contexts, and a recorder of every request and error. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:4180';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH;
  if (!executablePath) throw new Error('CHROME_PATH is not set: run e2e through `npm run test:e2e`.');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface Recorded {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/** A 360×740 phone context that records every request URL and every page error. */
export async function phonePage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB', ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, requests, errors };
}

/** Requests that left the app's own origin (data: and blob: never leave the device). */
export function foreignRequests(requests: readonly string[]): string[] {
  const origin = new URL(baseURL).origin;
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}
