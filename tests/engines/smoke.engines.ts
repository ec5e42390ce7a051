/**
 * The smoke in Firefox ESR and WebKit: the production build served like `npm start` (its strict CSP and Trusted
 * Types), a real service worker and real IndexedDB. Classify, set a passphrase, save a note, reload and unlock,
 * check IndexedDB holds no plaintext, then stop the server and reload: the app and the notes still work.
 */
import { createConnection, createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpIndexedDbInPage, locateInPage, MissingElement, pattern, waitFor, type EngineDriver, type Query } from './driver';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

/** A phone-sized window, like the iPhones many practitioners carry. */
const VIEWPORT = { width: 390, height: 844 };
const PASS = 'plum kettle harbour lantern seventeen';
/** The field's label holds its hint too, so the name starts with the label. */
const WHAT_HAPPENED = { label: pattern(/^What happened\b/) };

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the smoke through \`npm run test:engines\`.`);
  return value;
}

/** ENGINES_PORT if given (it must be free); otherwise 4291, or any free port when another run holds 4291. */
async function choosePort(): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, () => {
        const address = server.address();
        server.close(() => resolve(address && typeof address === 'object' ? address.port : null));
      });
    });
  if (process.env.ENGINES_PORT) return Number(process.env.ENGINES_PORT);
  return (await tryListen(4291)) ?? (await tryListen(0)) ?? 4291;
}

/** True when nothing accepts connections on the port: the origin is really gone, not just "offline" in the browser. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/**
 * Each engine, and what its Trusted Types should be under the app's CSP. Firefox runs a second time with Trusted
 * Types switched off, as in a browser without them: the app (and its service worker registration) must not need them.
 */
const ENGINES: { id: string; trustedTypes: 'enforced' | 'absent'; launch: () => Promise<EngineDriver> }[] = [
  // Firefox ESR 140 (Debian's) has Trusted Types behind this pref; later releases switch it on by default.
  { id: 'firefox', trustedTypes: 'enforced', launch: () => launchFirefox(required('FIREFOX_PATH'), VIEWPORT, { 'dom.security.trusted_types.enabled': true }) },
  {
    id: 'firefox without Trusted Types',
    trustedTypes: 'absent',
    launch: () => launchFirefox(required('FIREFOX_PATH'), VIEWPORT, { 'dom.security.trusted_types.enabled': false }),
  },
  {
    id: 'webkit',
    trustedTypes: 'enforced',
    launch: () => launchWebKit({ driver: required('WEBKIT_DRIVER_PATH'), browser: required('MINIBROWSER_PATH'), xvfb: required('XVFB_PATH') }, VIEWPORT),
  },
];

/** Records CSP violations from now on in this document (the driver's scripts are not subject to the page's CSP). */
function watchCsp() {
  const w = window as unknown as { __csp?: string[] };
  if (w.__csp) return;
  const seen: string[] = [];
  w.__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
}
const cspViolations = () => (window as unknown as { __csp?: string[] }).__csp ?? [];

/** Whether Trusted Types exist here and, if so, whether the page's policy refuses an HTML string (it must). */
function trustedTypesState(): 'absent' | 'enforced' | 'not-enforced' {
  if (!(window as unknown as { trustedTypes?: unknown }).trustedTypes) return 'absent';
  try {
    document.createElement('div').innerHTML = '<b>not trusted</b>';
    return 'not-enforced';
  } catch {
    return 'enforced';
  }
}

/** The inline first-screen stylesheet applied, so its CSP hash matched in this engine. */
function inlineStyleApplied(): boolean {
  const styles = Array.from(document.querySelectorAll('style'));
  return styles.length > 0 && styles.every((s) => (s.sheet?.cssRules.length ?? 0) > 0);
}

describe.each(ENGINES)('$id smoke', ({ launch, trustedTypes: expectedTrustedTypes }) => {
  let driver: EngineDriver;
  let server: PreviewServer | null = null;
  let port = 0;
  let origin = '';
  let noteUrl = '';
  const NOTE = `Seen by the gate at 10:40 ${Math.random().toString(36).slice(2, 10)}`;

  /** The text (a control's value) of the element the query finds, or null. */
  const textIn = (query: Query) => driver.evaluate(locateInPage, query, 'text') as Promise<string | null>;
  const present = (query: Query, what = JSON.stringify(query), timeoutMs?: number) => waitFor(what, () => textIn(query).then((t) => t !== null), timeoutMs);
  const textOf = (query: Query, want: RegExp | string, timeoutMs?: number) =>
    waitFor(`${JSON.stringify(query)} to read ${String(want)}`, async () => {
      const text = await textIn(query);
      return text !== null && (typeof want === 'string' ? text === want : want.test(text)) ? text : null;
    }, timeoutMs);
  /** Acts once the element is there; a re-render between finding and acting means finding it again, never acting twice. */
  const act = async (query: Query, action: () => Promise<void>) => {
    let failure: unknown = null;
    await waitFor(JSON.stringify(query), () =>
      action().then(
        () => true,
        (e: unknown) => {
          if (e instanceof MissingElement) return false;
          failure = e;
          return true;
        },
      ),
    );
    if (failure) throw failure;
  };
  const click = (query: Query) => act(query, () => driver.click(query));
  const type = (query: Query, text: string) => act(query, () => driver.type(query, text));
  const unlock = async () => {
    await type({ label: 'Passphrase' }, PASS);
    await click({ role: 'button', name: 'Unlock' });
  };
  const expectCleanCsp = async () => {
    expect(await driver.evaluate(cspViolations)).toEqual([]);
  };

  beforeAll(async () => {
    port = await choosePort();
    origin = `http://localhost:${port}`;
    server = await preview({ preview: { port, strictPort: true, open: false }, logLevel: 'warn' });
    driver = await launch();
    console.log(`${driver.name} against ${origin}`);
  });
  // The steps build on each other: after a failure, the rest fail at once instead of each waiting out its timeout.
  let broken = '';
  beforeEach(() => {
    if (broken) throw new Error(`an earlier step failed: ${broken}`);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || broken) return;
    broken = task.name;
    // What the page showed when the step failed, to tell an engine's difference from a broken test.
    const seen = await driver.evaluate(() => `${location.href}\n${document.body.innerText}`).catch((e: unknown) => `(page unreadable: ${String(e)})`);
    console.error(`${driver.name} at the failure: ${seen.slice(0, 3000)}`);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it(`classifies to a level under the strict CSP (Trusted Types ${expectedTrustedTypes})`, async () => {
    await driver.goto(`${origin}/classify`);
    await driver.evaluate(watchCsp);
    expect(await driver.evaluate(inlineStyleApplied)).toBe(true);
    await type({ label: 'Age (years)' }, '12');
    await type({ role: 'searchbox', name: 'Search behaviours' }, 'sexting');
    await click({ role: 'button', name: pattern(/distributing/), within: { role: 'list', name: 'Matching behaviours' } });
    // The Brook tool lists distributing naked images of peers as red for 9 to 13.
    await textOf({ role: 'heading', level: 2, within: { role: 'region', name: 'Result' } }, /^Red\b/);
    await expectCleanCsp();
    // Last, as the probe itself is a (refused) violation.
    const trustedTypes = await driver.evaluate(trustedTypesState);
    console.log(`${driver.name}: Trusted Types ${trustedTypes}`);
    expect(trustedTypes).toBe(expectedTrustedTypes);
  });

  it('sets a passphrase and saves a note once the service worker is ready', async () => {
    await textOf({ role: 'status', text: pattern(/Ready to work without a signal/) }, /Ready/, 60_000);
    await driver.goto(`${origin}/notes`);
    await driver.evaluate(watchCsp);
    await waitFor('the service worker to control /notes', () => driver.evaluate(() => Boolean(navigator.serviceWorker.controller)));
    await type({ label: 'Passphrase' }, PASS);
    await type({ label: 'Confirm passphrase' }, PASS);
    await click({ role: 'button', name: 'Set passphrase and continue' });
    await click({ role: 'button', name: 'New note' });
    await type(WHAT_HAPPENED, NOTE);
    await textOf({ role: 'status', text: 'Saved' }, 'Saved');
    noteUrl = await driver.url();
    expect(noteUrl).toMatch(/\/notes\/.+/);
    await expectCleanCsp();
  });

  it('reloads, unlocks and shows the note; IndexedDB holds no plaintext', async () => {
    await driver.reload();
    await driver.evaluate(watchCsp);
    await unlock();
    await textOf(WHAT_HAPPENED, NOTE);
    const dump = await driver.evaluate(dumpIndexedDbInPage);
    // The dump reads the stored note (its id is in the clear), so the absence below means something.
    expect(dump).toContain(noteUrl.split('/notes/')[1]);
    expect(dump).toMatch(/tl-notes\/notes: \[\{/);
    expect(dump.length).toBeGreaterThan(NOTE.length * 4);
    expect(dump).not.toContain(NOTE.slice(0, 20));
    expect(dump).not.toContain(NOTE.slice(-8));
    expect(dump).not.toContain(PASS);
    await expectCleanCsp();
  });

  it('with the origin server stopped, reloads from the service worker and the notes still unlock', async () => {
    await click({ role: 'link', name: 'All notes' });
    await present({ role: 'list', name: 'Saved notes' });
    await server!.close();
    server = null;
    expect(await refused(port)).toBe(true);
    await driver.reload();
    await driver.evaluate(watchCsp);
    await present({ role: 'heading', level: 1 });
    expect(await driver.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await unlock();
    await click({ role: 'link', within: { role: 'list', name: 'Saved notes' } });
    await textOf(WHAT_HAPPENED, NOTE);
    expect(await driver.url()).toBe(noteUrl);
    await expectCleanCsp();
  });
});
