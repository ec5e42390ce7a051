/**
 * The production build holds no real person's name or e-mail address from the source documents. The names and
 * addresses are checked by SHA-256 (tests/fixtures/seed-identities.sha256.json), so this repository holds none of
 * them either; every two-word capitalised phrase and every address-like string in dist/ is hashed and compared.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const identities = JSON.parse(readFileSync('tests/fixtures/seed-identities.sha256.json', 'utf8')) as { names: string[]; emails: string[] };
const hash = (s: string) => createHash('sha256').update(s.toLowerCase()).digest('hex');
const TEXT = new Set(['.html', '.js', '.json', '.css', '.webmanifest', '.txt', '']);
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('the build holds nobody’s name or e-mail address from the seeds', () => {
  const texts = files('dist')
    .filter((f) => TEXT.has(extname(f)))
    .map((f) => [f, readFileSync(f, 'utf8')] as const);

  it('scans every text file the build ships', () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.some(([f]) => f.endsWith('pathways/derby.json'))).toBe(true);
  });

  it('no name of a real person from the seeds', () => {
    const found: string[] = [];
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b/g)) if (identities.names.includes(hash(`${m[1]} ${m[2]}`))) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('no e-mail address from the seeds, and no address at the seeds’ public-sector domains', () => {
    const found: string[] = [];
    for (const [file, text] of texts) {
      for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/g)) if (identities.emails.includes(hash(m[0]))) found.push(`${file}: ${m[0]}`);
      if (/@[a-z.-]*(gov\.uk|police\.uk|actionforchildren\.org\.uk)/i.test(text)) found.push(`${file}: a public-sector address`);
    }
    expect(found).toEqual([]);
  });
});
