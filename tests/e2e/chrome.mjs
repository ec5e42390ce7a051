/** Finds an installed Chromium or Chrome: CHROME_PATH first, then the usual system paths. Never downloads one. */
import { existsSync } from 'node:fs';

export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found for the end-to-end tests.\n' +
  '  Install one:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
  '                or install Google Chrome (macOS/Windows)\n' +
  '  or point to it:  CHROME_PATH=/path/to/chrome npm test';

/** `E2E_CHROME_CANDIDATES` (colon-separated, may be empty) replaces the system list, so the failure path is testable. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  const list = env.E2E_CHROME_CANDIDATES !== undefined ? env.E2E_CHROME_CANDIDATES.split(':').filter(Boolean) : CANDIDATES;
  return list.find((p) => existsSync(p)) ?? null;
}
