/** Firefox ESR over WebDriver BiDi (puppeteer-core, which never downloads a browser): headless, a fresh profile, no background network. */
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { locateInPage, MissingElement, type EngineDriver, type Query } from './driver';

/**
 * On top of puppeteer's own test profile (no updates, no safe browsing, no telemetry): the services that would
 * still try the network on a closed machine, where a hanging request could slow the run or log noise.
 */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
};

/**
 * Firefox ESR 140 lacks BiDi's screen-orientation override, which puppeteer sends beside the viewport size; the size
 * itself is applied, so that one error is let pass once the page is seen at the size asked for.
 */
async function sizeViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
    const width = await page.evaluate(() => window.innerWidth);
    if (width !== viewport.width) throw new Error(`Firefox viewport is ${width} px wide, not ${viewport.width}: ${String(error)}`);
  }
}

/** `prefs` add to the quiet ones (e.g. switching Trusted Types off, as in browsers that lack them). */
export async function launchFirefox(executablePath: string, viewport: { width: number; height: number }, prefs: Record<string, unknown> = {}): Promise<EngineDriver> {
  // A cold start on a busy 2-core machine can pass puppeteer's 30 s default.
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, protocol: 'webDriverBiDi', extraPrefsFirefox: { ...QUIET_PREFS, ...prefs }, timeout: 90_000 });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  await sizeViewport(page, viewport);

  const element = async (query: Query): Promise<ElementHandle> => {
    const handle = await page.evaluateHandle(locateInPage, query);
    const el = handle.asElement();
    if (!el) {
      await handle.dispose();
      throw new MissingElement(query);
    }
    return el as ElementHandle;
  };

  return {
    name: `Firefox ${await browser.version()}`,
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    // From the page: Firefox ESR 140 does not report history.pushState over BiDi, so puppeteer's page.url() lags.
    url: async () => page.evaluate(() => location.href),
    // puppeteer types arguments as possible handles; ours are plain JSON, so the plain signature holds.
    evaluate: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) => page.evaluate(fn as (...a: unknown[]) => R | Promise<R>, ...args) as Promise<R>,
    click: async (query) => {
      const el = await element(query);
      await el.click();
      await el.dispose();
    },
    type: async (query, text) => {
      const el = await element(query);
      await el.type(text);
      await el.dispose();
    },
    close: () => browser.close(),
  };
}
