/**
 * Entry. In the browser: the strings (i18next follows when idle), then hydrate the prerendered first screen once it is painted (or render another route),
 * and register the service worker when idle. At build: `prerender()` renders the shell and the /classify first
 * screen to HTML from the same components (vite-prerender-plugin via @preact/preset-vite).
 * This module is in the main bundle — keep it small (35 kB gzip budget, tests/budget).
 */
import { hydrate, render } from 'preact';
import { i18n, startI18next } from './i18n';
import { startLocale } from './i18n/locale';
import { App } from './app/App';
import { startPwa } from './core/pwa';
import { startTheme } from './core/theme';
import { installTrustedTypesPolicy } from './core/trusted-types';
import { whenIdle } from './ui/idle';
import './ui/styles.css';

/** Only / and /classify are in the HTML; any other route renders from scratch rather than hydrating a different page. */
const PRERENDERED = new Set(['/', '/classify']);

/**
 * The prerendered screen is painted before the app hydrates it: with the script cached, Chromium ran it (and the
 * hydration) before the first frame, so the page painted later. Alternating runs on one machine, hydrating at once
 * against after the first paint: offline cold start to input at 4× CPU 220/217 ms against 202/175 ms (20 loads each,
 * twice); Lighthouse LCP 1210 against 1140 ms and TBT 38 against 40 ms (medians of 10). A hidden tab paints no frame.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run));
}

function start() {
  installTrustedTypesPolicy();
  startLocale();
  // Test-only pseudo-locale: loaded on request, never offered in Settings, never precached.
  if (new URLSearchParams(location.search).get('locale') === 'en-XA' || sessionStorage.getItem('tl.pseudo')) {
    sessionStorage.setItem('tl.pseudo', '1');
    void import('./i18n/pseudo').then((m) => m.enablePseudoLocale());
  }
  startTheme();
  const root = document.getElementById('app')!;
  // For the bench: the moment the first screen handles input (User Timing, no effect on the app). The packs are
  // fetched by the first page that reads them (usePacks, in an effect after the first paint), not here: parsing the
  // pack's JSON and drawing the band choices while the page starts kept the age field from taking input for ~90 ms
  // more at 4× CPU (paired A/B, 30 cold starts each).
  const started = () => performance.mark('app-interactive');
  if (root.firstElementChild && PRERENDERED.has(location.pathname)) {
    afterFirstPaint(() => {
      hydrate(<App />, root);
      started();
    });
  } else {
    root.textContent = '';
    render(<App />, root);
    started();
  }
  // i18next takes over the strings once the first screen is up; until then a small lookup answers.
  whenIdle(() => void startI18next());
  startPwa();
  // App switchers screenshot the page when it is hidden: blank it first.
  document.addEventListener('visibilitychange', () => document.documentElement.classList.toggle('app-hidden', document.visibilityState === 'hidden'));
}

if (typeof window !== 'undefined') start();

/** Build time only: the shell and the /classify first screen as HTML. */
export async function prerender(data: { url: string }) {
  const { default: ssr, locationStub } = await import('preact-iso/prerender');
  locationStub(data.url);
  const { html } = await ssr(<App />);
  return { html, links: new Set<string>(), head: { lang: i18n.language, title: i18n.t('app.titleFormat', { page: i18n.t('classify.title') }) } };
}
