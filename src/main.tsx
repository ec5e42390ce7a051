/** This module is in the main bundle — keep it small. */
import { installTrustedTypesPolicy } from './app/trusted-types';
import { render } from 'preact';
import './i18n';
import { startLocale } from './i18n/locale';
import { App } from './app/App';
import { startPwa } from './app/pwa';
import { startTheme } from './app/theme';
import './ui/styles.css';

installTrustedTypesPolicy();
startLocale();
startTheme();
render(<App />, document.getElementById('app')!);
startPwa();
// App switchers screenshot the page when it is hidden: blank it first.
document.addEventListener('visibilitychange', () => document.documentElement.classList.toggle('app-hidden', document.visibilityState === 'hidden'));
