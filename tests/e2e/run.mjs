#!/usr/bin/env node
/** e2e entry: find the browser (fail loudly if none), serve the real build with its headers, run the e2e files in vitest. */
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { preview } from 'vite';
import { findChrome, INSTALL_HINT } from './chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.\n${INSTALL_HINT}` : INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No production build in dist/: run `npm run build` first.');
  process.exit(1);
}

const port = Number(process.env.E2E_PORT ?? 4180);
const server = await preview({ preview: { port, strictPort: true, open: false }, logLevel: 'warn' });
const baseURL = `http://localhost:${port}`;
console.log(`e2e: ${chrome} against ${baseURL}`);

const args = ['vitest', 'run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, E2E_BASE_URL: baseURL } });
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await server.close();
process.exit(code);
