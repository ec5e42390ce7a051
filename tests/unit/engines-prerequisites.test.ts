// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The engine smoke's runner, as `npm test` starts it, with the system lists emptied and only the given overrides. */
function runWithout(overrides: Record<string, string>) {
  const env: Record<string, string | undefined> = { ...process.env, ENGINES_CANDIDATES_EMPTY: '1' };
  for (const name of ['FIREFOX_PATH', 'WEBKIT_DRIVER_PATH', 'MINIBROWSER_PATH', 'XVFB_PATH']) delete env[name];
  return spawnSync(process.execPath, ['tests/engines/run.mjs'], { env: { ...env, ...overrides }, encoding: 'utf8', timeout: 20_000 });
}

describe('the engine smoke never skips silently', () => {
  it('fails with the install command when Firefox ESR, WebKitWebDriver, MiniBrowser and Xvfb are missing', () => {
    const run = runWithout({});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('  - '))).toEqual([
      '  - Firefox ESR (Debian package firefox-esr)',
      '  - WebKitWebDriver (Debian package webkit2gtk-driver)',
      '  - MiniBrowser (WebKitGTK) (Debian package libwebkit2gtk-4.1-0)',
      '  - Xvfb (Debian package xvfb)',
    ]);
  });

  it('fails, naming the variable, when an override points nowhere, and never falls back to another browser', () => {
    const run = runWithout({ FIREFOX_PATH: '/nonexistent/firefox', WEBKIT_DRIVER_PATH: process.execPath, MINIBROWSER_PATH: process.execPath, XVFB_PATH: process.execPath });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('  - '))).toEqual(['  - Firefox ESR: FIREFOX_PATH=/nonexistent/firefox does not exist']);
  });
});
