/** Headers for `vite preview` (npm start); public/_headers mirrors them for static hosts. Never Clear-Site-Data: it would wipe unsent drafts. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), midi=(), display-capture=(), fullscreen=(), autoplay=(), accelerometer=(), gyroscope=(), magnetometer=(), web-share=(self), clipboard-write=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
