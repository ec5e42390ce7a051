/** The bench report's renderer runs only in `npm run bench`: rendering the committed figures here keeps a broken edit to it from waiting for the next bench. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module of the bench, without types
import { renderReport } from '../bench/report.mjs';

describe('bench report', () => {
  it('renders the committed figures into the same table, every missed target with its reason', () => {
    const report = JSON.parse(readFileSync('tests/bench/report.json', 'utf8')) as { targets: { label: string; met: boolean }[] };
    const { markdown, targets } = renderReport({ ...report, targets: undefined }) as { markdown: string; targets: { label: string; met: boolean; why: string | null }[] };
    expect(targets.map((t) => [t.label, t.met])).toEqual(report.targets.map((t) => [t.label, t.met]));
    for (const t of targets.filter((x) => !x.met)) expect(t.why, t.label).toMatch(/What would meet it/);
    expect(markdown).toBe(readFileSync('tests/bench/report.md', 'utf8'));
  });
});
