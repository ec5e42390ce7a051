/** A tiny static server whose root can be swapped, to serve build A and then build B on the same origin. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { previewHeaders } from '../../src/build/first-screen';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface SwappableServer {
  root: string;
  close(): Promise<void>;
}

export async function serveDir(root: string, port: number): Promise<SwappableServer> {
  const state = { root };
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(state.root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(state.root, 'index.html');
    res.writeHead(200, { ...previewHeaders(state.root), 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return {
    get root() {
      return state.root;
    },
    set root(value: string) {
      state.root = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
