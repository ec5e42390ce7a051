/**
 * The one source of the security headers: `vite preview` (npm start) sends them, the build writes them to
 * dist/_headers for static hosts, and the README's nginx snippet mirrors them. The hashes are those of the inline
 * <style> and <script> in the built index.html (critical CSS, theme before first paint), computed at build
 * (src/app/build-inline.ts): the policy needs no 'unsafe-inline'. Never Clear-Site-Data: it would wipe unsent drafts.
 */
export function contentSecurityPolicy(hashes: { style: readonly string[]; script: readonly string[] } = { style: [], script: [] }): string {
  const withHashes = (source: string, list: readonly string[]) => [source, ...list.map((h) => `'${h}'`)].join(' ');
  return [
    "default-src 'self'",
    withHashes("script-src 'self'", hashes.script),
    withHashes("style-src 'self'", hashes.style),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    // Trusted Types: no string may reach an HTML or script sink. Production only (Vite's dev server needs them).
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
}

export function securityHeaders(hashes?: { style: readonly string[]; script: readonly string[] }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), midi=(), display-capture=(), fullscreen=(), autoplay=(), accelerometer=(), gyroscope=(), magnetometer=(), web-share=(self), clipboard-write=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // A year of https only, so hostile Wi-Fi on a home visit cannot downgrade a later visit. Browsers ignore it over
    // http (RFC 6797 §8.1), so `npm start` on localhost is unaffected. No includeSubDomains: the host's other sites are not ours.
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/** The file static hosts read (Netlify / Cloudflare Pages style). */
export function headersFile(headers: Record<string, string>): string {
  return [
    '# Generated at build from src/app/security-headers.ts, with the hashes of the inline style and script in index.html.',
    '# Never add Clear-Site-Data: it would wipe unsent draft notes.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
}

export const HASHES_FILE = 'csp-hashes.json';
