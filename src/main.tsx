/** This module is in the main bundle — keep it small. */
import { render } from 'preact';
import './i18n';
import { App } from './app/App';
import { startPwa } from './app/pwa';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);
startPwa();
