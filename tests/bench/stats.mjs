/** Summary statistics for bench trials: median with min and max, and p95 where the issue asks for it. */
export function summarise(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  const r = (x) => Math.round(x * 100) / 100;
  return { median: r(at(0.5)), p95: r(at(0.95)), min: r(s[0]), max: r(s[s.length - 1]), n: s.length };
}

/** Headless Chromium flags: the background-networking ones stop it calling Google on a closed network. */
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Slows the page's main thread the way a cheap phone would; WebCrypto and workers are not slowed by it. */
export async function throttle(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}
