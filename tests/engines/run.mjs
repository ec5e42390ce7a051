#!/usr/bin/env node
/** Engine smoke entry: find Firefox ESR, WebKitWebDriver, MiniBrowser and Xvfb (fail loudly if any is missing), then run the smoke in vitest against the real build. */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { findEngines, INSTALL_HINT } from './find-engines.mjs';

const { found, missing } = findEngines();
if (missing.length) {
  console.error(`Missing for the engine smoke:\n${missing.map((m) => `  - ${m}`).join('\n')}\n${INSTALL_HINT}`);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No production build in dist/: run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
console.log(`engines: ${found.firefox}; ${found.webkitDriver} with ${found.miniBrowser} under ${found.xvfb}`);
const env = {
  ...process.env,
  FIREFOX_PATH: found.firefox,
  WEBKIT_DRIVER_PATH: found.webkitDriver,
  MINIBROWSER_PATH: found.miniBrowser,
  XVFB_PATH: found.xvfb,
};
const args = ['vitest', 'run', '--config', 'tests/engines/vitest.engines.config.ts', ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: 'inherit', env });
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
console.log(`engines: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
