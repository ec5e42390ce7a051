/**
 * Written scenarios as a scenario pack: checked with the same schema and rules-engine check as any import, before
 * they are saved and again before a pack is exported. Loaded on save or export only (it brings zod).
 */
import type { TrafficLightPack } from '../content/schema';
import { validateWith, type Validated } from '../content/validate';
import { disagreements } from './engine';
import { parseScenarioPack } from './import';
import { scenarioPackSchema, scenarioSchema, type Scenario, type ScenarioPack } from './schema';

/** The provenance words, from the locale. */
export interface OwnPackTexts {
  title: string;
  source: string;
  licence: string;
  credit: string;
}

/** A random pack id: a pack exported from two devices never replaces the other's on import. */
export function newPackId(random: () => number = Math.random): string {
  return `trainer-${Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join('')}`;
}

export function newOwnPack(pack: TrafficLightPack, texts: OwnPackTexts, first: Scenario, today: string, id = newPackId()): ScenarioPack {
  return {
    kind: 'training-scenarios',
    id,
    version: today,
    locale: pack.locale,
    forPack: pack.id,
    provenance: { title: texts.title, source: texts.source, version: today, date: today, licence: texts.licence, credits: [texts.credit] },
    topics: {},
    declaration: true,
    scenarios: [first],
  };
}

/** Problems that would stop this scenario being part of a valid pack; empty when it can be saved. */
export function scenarioProblems(pack: TrafficLightPack, scenario: Scenario): string[] {
  const parsed = validateWith(scenarioSchema, scenario, scenario.id);
  return parsed.ok ? disagreements(pack, [parsed.pack]) : parsed.errors;
}

/** The pack to download, dated today, validated exactly as "Import scenarios" will read it on another device. */
export function packForExport(pack: TrafficLightPack, own: ScenarioPack, today: string): Validated<{ text: string; fileName: string }> {
  const dated: ScenarioPack = { ...own, version: today, provenance: { ...own.provenance, version: today, date: today } };
  const fileName = `${own.id}-${today}.json`;
  const shaped = validateWith(scenarioPackSchema, dated, fileName);
  if (!shaped.ok) return shaped;
  const text = `${JSON.stringify(shaped.pack, null, 2)}\n`;
  const checked = parseScenarioPack(text, fileName, pack);
  return checked.ok ? { ok: true, pack: { text, fileName } } : checked;
}
