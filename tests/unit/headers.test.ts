// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/build/first-screen';
import { contentSecurityPolicy, headersFile, securityHeaders } from '../../src/build/security-headers';

/** The README cannot know a build's hashes: its snippet shows where they go. */
const README_HASHES = { style: ['sha256-<style hash from dist/_headers>'], script: ['sha256-<script hash from dist/_headers>'] };

describe('security headers stay the same everywhere they are shipped', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('the README nginx snippet carries the exact headers npm start sends, with the hashes marked', () => {
    for (const [name, value] of Object.entries(securityHeaders(README_HASHES))) expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });

  it('the generated _headers file carries every header for every path', () => {
    const file = headersFile(securityHeaders({ style: ['sha256-abc'], script: [] }));
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'sha256-abc';");
    for (const name of Object.keys(securityHeaders())) expect(file).toContain(`  ${name}: `);
  });

  it('hashes inline styles and executable inline scripts, not external or data scripts', () => {
    const html = '<style>a{}</style><script>x()</script><script type="module" src="/a.js"></script><script type="isodata"></script>';
    const hashes = inlineHashes(html);
    expect(hashes.style).toEqual([`sha256-${createHash('sha256').update('a{}').digest('base64')}`]);
    expect(hashes.script).toHaveLength(1);
  });

  it('sends Strict-Transport-Security for a year, without binding the host’s other sites, in _headers and the README', () => {
    const hsts = securityHeaders()['Strict-Transport-Security'];
    expect(hsts).toBeDefined();
    expect(Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
    expect(hsts).not.toMatch(/includeSubDomains|preload/i);
    expect(headersFile(securityHeaders())).toContain(`  Strict-Transport-Security: ${hsts}\n`);
    expect(readme).toContain(`add_header Strict-Transport-Security "${hsts}" always;`);
  });

  it('the policy is strict: no unsafe sources, Trusted Types on, and never Clear-Site-Data', () => {
    const policy = contentSecurityPolicy({ style: ['sha256-x'], script: ['sha256-y'] });
    expect(policy).not.toMatch(/unsafe/);
    expect(policy).toContain("style-src 'self' 'sha256-x'");
    expect(policy).toContain("script-src 'self' 'sha256-y'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(Object.keys(securityHeaders()).map((k) => k.toLowerCase())).not.toContain('clear-site-data');
    expect(readme).not.toMatch(/add_header Clear-Site-Data/i);
  });
});
