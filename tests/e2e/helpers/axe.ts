/** axe-core in the page (injected through CDP evaluation, which the page's CSP does not govern): the WCAG 2.x A/AA violations. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axe(page: Page, state: string): Promise<string[]> {
  await page.evaluate(AXE);
  const ids = await page.evaluate((tags) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations.map((v) => `${v.id} (${v.nodes.length})`)), TAGS);
  return ids.map((id) => `${state}: ${id}`);
}
