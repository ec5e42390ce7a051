// @vitest-environment node
/** Every `url` a pack, pathway pack, scenario pack or note template may carry accepts https only. */
import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import solihullJson from '../../content/en-GB/pathways/solihull.json';
import scenariosJson from '../../content/en-GB/scenarios.json';
import incidentJson from '../../content/en-GB/templates/incident.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { validatePackData } from '../../src/build/validate-pack';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
type Json = Record<string, unknown> & { provenance?: Record<string, unknown>; source?: Record<string, unknown>; legalNotes?: Record<string, unknown>[] };

/** Where each kind of file carries a link, and how to set it. */
const PLACES: [string, unknown, (pack: Json, url: string) => void][] = [
  ['traffic-light provenance.url', tlJson, (p, url) => void (p.provenance!.url = url)],
  ['traffic-light legalNotes[0].url', tlJson, (p, url) => void (p.legalNotes![0]!.url = url)],
  ['hackett provenance.url', hackettJson, (p, url) => void (p.provenance!.url = url)],
  ['pathway source.url', solihullJson, (p, url) => void (p.source!.url = url)],
  ['scenario pack provenance.url', scenariosJson, (p, url) => void (p.provenance!.url = url)],
  ['note template provenance.url', incidentJson, (p, url) => void (p.provenance!.url = url)],
];
const REFUSED = ['http://www.gov.uk/guidance', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/pack', 'https:not-a-domain'];

describe('links in packs are https only', () => {
  it.each(PLACES)('%s accepts an https address', (_where, base, set) => {
    const pack = copy(base) as Json;
    set(pack, 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2');
    expect(validatePackData(pack, 'pack.json')).toMatchObject({ ok: true });
  });

  it.each(PLACES.flatMap(([where, base, set]) => REFUSED.map((url) => [where, url, base, set] as const)))('%s refuses %s, naming the problem', (_where, url, base, set) => {
    const pack = copy(base) as Json;
    set(pack, url);
    const result = validatePackData(pack, 'pack.json');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([expect.stringMatching(/^pack\.json: .*url: must be an https:\/\/ web address$/)]);
  });
});
