// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../src/app/security-headers';

describe('security headers stay the same everywhere they are shipped', () => {
  const staticHost = readFileSync('public/_headers', 'utf8');
  const readme = readFileSync('README.md', 'utf8');

  it('public/_headers and the README nginx snippet carry the exact headers npm start sends', () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(staticHost).toContain(`${name}: ${value}`);
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('the policy is strict: no unsafe sources, Trusted Types on, and never Clear-Site-Data', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe/);
    expect(contentSecurityPolicy).toContain("require-trusted-types-for 'script'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(Object.keys(securityHeaders).map((k) => k.toLowerCase())).not.toContain('clear-site-data');
    expect(staticHost).not.toMatch(/^\s+Clear-Site-Data\s*:/im);
    expect(readme).not.toMatch(/add_header Clear-Site-Data/i);
  });
});
