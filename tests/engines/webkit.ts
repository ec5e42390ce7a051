/**
 * WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, under an Xvfb display of our own: a few W3C WebDriver
 * commands over fetch are all the smoke needs, so no client library.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { locateInPage, MissingElement, waitFor, type EngineDriver, type Query } from './driver';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export interface WebKitPaths {
  driver: string;
  browser: string;
  xvfb: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Xvfb picks a free display itself (-displayfd) and tells us which, so parallel runs never share one. */
async function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const display = await new Promise<string>((resolve, reject) => {
    child.stdio[3]?.once('data', (d) => resolve(`:${String(d).trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
  return { display, process: child };
}

function stop(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

export async function launchWebKit(paths: WebKitPaths, viewport: { width: number; height: number }): Promise<EngineDriver> {
  const xvfb = await startXvfb(paths.xvfb);
  const port = await freePort();
  let driverLog = '';
  const driver = spawn(paths.driver, [`--port=${port}`, '--host=local'], {
    // NO_AT_BRIDGE: no accessibility bus on this display, and none needed.
    env: { ...process.env, DISPLAY: xvfb.display, NO_AT_BRIDGE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  driver.stdout?.on('data', (d) => (driverLog += String(d)));
  driver.stderr?.on('data', (d) => (driverLog += String(d)));
  const base = `http://127.0.0.1:${port}`;

  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value.error} ${json.value.message}`);
    return json.value;
  };

  try {
    await waitFor('WebKitWebDriver to listen', async () => (await fetch(`${base}/status`)).ok, 15_000);
    const session = await send<{ sessionId: string; capabilities: { browserVersion: string } }>('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] } } },
    });
    const s = `/session/${session.sessionId}`;
    await send('POST', `${s}/window/rect`, viewport);

    const execute = <T>(fn: string, args: unknown[]) =>
      send<T>('POST', `${s}/execute/async`, {
        // The last argument is WebDriver's callback; a rejection comes back as a value, so the message survives.
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn})(...Array.prototype.slice.call(arguments, 0, -1)))
            .then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) }));`,
        args,
      }).then((r) => {
        const result = r as { value?: T; error?: string };
        if (result.error) throw new Error(result.error);
        return result.value as T;
      });
    const element = async (query: Query): Promise<string> => {
      const ref = await execute<Record<string, string> | null>(String(locateInPage), [query]);
      const id = ref?.[ELEMENT];
      if (!id) throw new MissingElement(query);
      return id;
    };

    return {
      name: `WebKitGTK ${session.capabilities.browserVersion} (MiniBrowser)`,
      goto: async (url) => {
        await send('POST', `${s}/url`, { url });
      },
      reload: async () => {
        await send('POST', `${s}/refresh`, {});
      },
      url: () => send<string>('GET', `${s}/url`),
      evaluate: (fn, ...args) => execute(String(fn), args),
      click: async (query) => {
        await send('POST', `${s}/element/${await element(query)}/click`, {});
      },
      type: async (query, text) => {
        await send('POST', `${s}/element/${await element(query)}/value`, { text });
      },
      close: async () => {
        await send('DELETE', s).catch(() => undefined);
        stop(driver);
        stop(xvfb.process);
      },
    };
  } catch (e) {
    stop(driver);
    stop(xvfb.process);
    throw new Error(`${String(e)}\nWebKitWebDriver said:\n${driverLog.trim()}`);
  }
}
