/** Finds Firefox ESR, WebKitWebDriver, MiniBrowser and Xvfb for the engine smoke: overrides first, then the Debian paths. Never downloads. */
import { existsSync } from 'node:fs';

/** What each is, its override variable, where Debian puts it, and the package that brings it. */
export const ENGINES = [
  { key: 'firefox', what: 'Firefox ESR', env: 'FIREFOX_PATH', candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], pkg: 'firefox-esr' },
  { key: 'webkitDriver', what: 'WebKitWebDriver', env: 'WEBKIT_DRIVER_PATH', candidates: ['/usr/bin/WebKitWebDriver'], pkg: 'webkit2gtk-driver' },
  {
    key: 'miniBrowser',
    what: 'MiniBrowser (WebKitGTK)',
    env: 'MINIBROWSER_PATH',
    candidates: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser'],
    pkg: 'libwebkit2gtk-4.1-0',
  },
  { key: 'xvfb', what: 'Xvfb', env: 'XVFB_PATH', candidates: ['/usr/bin/Xvfb'], pkg: 'xvfb' },
];

export const INSTALL_HINT =
  'The engine smoke (Firefox ESR and WebKit) needs, on Debian/Ubuntu:\n' +
  '  sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb\n' +
  '  (webkit2gtk-driver brings WebKitWebDriver and, through libwebkit2gtk-4.1-0, MiniBrowser)\n' +
  '  or point to them:  FIREFOX_PATH=… WEBKIT_DRIVER_PATH=… MINIBROWSER_PATH=… XVFB_PATH=… npm test';

/**
 * Returns the paths found and what is missing. An override that does not exist counts as missing (never a silent
 * fall-back). `ENGINES_CANDIDATES_EMPTY=1` empties the system lists, so the failure path is testable.
 */
export function findEngines(env = process.env) {
  const found = {};
  const missing = [];
  for (const e of ENGINES) {
    const override = env[e.env];
    const list = override ? [override] : env.ENGINES_CANDIDATES_EMPTY === '1' ? [] : e.candidates;
    const path = list.find((p) => existsSync(p));
    if (path) found[e.key] = path;
    else missing.push(override ? `${e.what}: ${e.env}=${override} does not exist` : `${e.what} (Debian package ${e.pkg})`);
  }
  return { found, missing };
}
