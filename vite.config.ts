/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPacksPlugin } from './src/build/content-packs.ts';
import { inlineFirstScreen, previewHeaders } from './src/build/first-screen.ts';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };
import { SCREENSHOTS } from './tests/screenshots/list.mjs';

export default defineConfig({
  plugins: [
    contentPacksPlugin(),
    // Prerenders the shell and the /classify first screen into index.html (see src/main.tsx `prerender`).
    preact({ prerender: { enabled: true, renderTarget: '#app' } }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifest: {
        name: 'Sexual behaviour traffic light guide',
        short_name: 'Traffic light',
        description: 'Classify a child’s sexual behaviour by age band, with reasons, actions and sources. Works offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // For the richer install dialog; rendered from the build by `npm run screenshots`.
        screenshots: SCREENSHOTS.map(({ src, sizes, type, form_factor, label }) => ({ src, sizes, type, form_factor, label })),
      },
      workbox: {
        // JSON is not precached by default; content packs must work offline.
        globPatterns: ['**/*.{js,css,html,json,png,svg,ico,webmanifest,woff2}'],
        // Screenshots are for the install dialog only, not for working offline.
        globIgnores: ['**/pseudo-*.js', '**/prerender-*.js', 'screenshots/**', 'csp-hashes.json'],
        // The prerender step turns source maps on for its own errors; the worker needs none.
        sourcemap: false,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // importScripts() in the worker would need a TrustedScriptURL under our Trusted Types CSP: inline the runtime instead.
        inlineWorkboxRuntime: true,
      },
    }),
    inlineFirstScreen(),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // Changes when the pack schema does: a pack imported under another schema is parsed again once (core/packs.ts).
    __PACK_SCHEMA__: JSON.stringify(packSchemaHash()),
    __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
  },
  preview: {
    port: 4173,
    strictPort: true,
    // Read when the preview starts (after the build), so the CSP carries the built page's inline hashes.
    headers: previewHeaders(),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // A ceiling, not a speed test: PBKDF2 at 600,000 iterations and 10,000-fold encryption loops run slowly when CI is busy.
    testTimeout: 20_000,
  },
});

/** A short hash of the pack schema's sources (src/content: the schemas, their primitives and URL rule). */
function packSchemaHash(): string {
  const dir = 'src/content';
  const files = readdirSync(dir).filter((f) => /schema|primitives|url/.test(f) && f.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(readFileSync(`${dir}/${f}`));
  return hash.digest('hex').slice(0, 12);
}
