/** This module is in the main bundle — keep it small. */
import { installTrustedTypesPolicy } from './app/trusted-types';
import { render } from 'preact';
import './i18n';
import { startLocale } from './i18n/locale';
import { App } from './app/App';
import { loadPacks } from './app/packs';
import { startPwa } from './app/pwa';
import { startTheme } from './app/theme';
import './ui/styles.css';

installTrustedTypesPolicy();
startLocale();
// Test-only pseudo-locale: loaded on request, never offered in Settings, never precached.
if (new URLSearchParams(location.search).get('locale') === 'en-XA' || sessionStorage.getItem('tl.pseudo')) {
  sessionStorage.setItem('tl.pseudo', '1');
  void import('./i18n/pseudo').then((m) => m.enablePseudoLocale());
}
startTheme();
// Start fetching the packs now, in parallel with the first render, not after it.
loadPacks().catch(() => undefined);
render(<App />, document.getElementById('app')!);
startPwa();
// App switchers screenshot the page when it is hidden: blank it first.
document.addEventListener('visibilitychange', () => document.documentElement.classList.toggle('app-hidden', document.visibilityState === 'hidden'));
