/**
 * Build step (after prerendering): inlines the first screen's CSS into index.html so the prerendered page paints
 * without waiting for a stylesheet, hashes every inline <style> and <script>, and writes the headers with those
 * hashes (dist/_headers for static hosts, dist/csp-hashes.json for `vite preview`). The CSP stays strict.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { HASHES_FILE, headersFile, securityHeaders } from './security-headers.ts';

export type Hashes = { style: string[]; script: string[] };

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The hashes of a built page's inline styles and executable inline scripts, as a browser computes them. */
export function inlineHashes(html: string): Hashes {
  const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
  const script = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? '') && !/type="(?!module|text\/javascript)[^"]*"/.test(m[1] ?? '') && m[2]!.trim())
    .map((m) => sha256(m[2]!));
  return { style, script };
}

/** The headers `vite preview` sends: with the built page's hashes when a build exists. */
export function previewHeaders(dist = 'dist'): Record<string, string> {
  const file = join(dist, HASHES_FILE);
  return securityHeaders(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Hashes) : undefined);
}

export function inlineFirstScreen(): Plugin {
  return {
    name: 'inline-first-screen',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        let html = String(page.source);
        const link = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(html);
        const css = link ? bundle[link[1]!] : undefined;
        if (link && css?.type === 'asset') {
          html = html.replace(link[0], () => `<style>${String(css.source).trim()}</style>`);
          // The first screen's stylesheet now lives in the page; nothing else links it.
          delete bundle[link[1]!];
        }
        page.source = html;
        const hashes = inlineHashes(html);
        this.emitFile({ type: 'asset', fileName: HASHES_FILE, source: JSON.stringify(hashes) });
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(securityHeaders(hashes)) });
      },
    },
  };
}
