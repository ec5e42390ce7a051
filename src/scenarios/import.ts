/** Validates a trainer's scenario pack like any other pack, and checks every stated level against the rules engine. */
import type { TrafficLightPack } from '../content/schema';
import { parseJsonWith, type Validated } from '../content/validate';
import { disagreements } from './engine';
import { scenarioPackSchema, type ScenarioPack } from './schema';

/** About 35 times the shipped scenario pack (29 kB); trainer packs are kept in localStorage. */
export const MAX_SCENARIO_PACK_BYTES = 1024 * 1024;

export function parseScenarioPack(textContent: string, file: string, pack: TrafficLightPack): Validated<ScenarioPack> {
  const result = parseJsonWith(scenarioPackSchema, textContent, file);
  if (!result.ok) return result;
  const known = new Set(pack.behaviours.map((b) => b.id));
  const levels = new Set(pack.levels.map((l) => l.id));
  const errors: string[] = [];
  result.pack.scenarios.forEach((s, i) => {
    if (s.behaviour && !known.has(s.behaviour)) errors.push(`${file}: scenarios[${i}].behaviour: unknown behaviour "${s.behaviour}"`);
    if (!levels.has(s.expectedLevel)) errors.push(`${file}: scenarios[${i}].expectedLevel: unknown level "${s.expectedLevel}"`);
    s.variants.forEach((v, j) => {
      if (v.behaviour && !known.has(v.behaviour)) errors.push(`${file}: scenarios[${i}].variants[${j}].behaviour: unknown behaviour "${v.behaviour}"`);
    });
  });
  if (errors.length) return { ok: false, errors };
  const wrong = disagreements(pack, result.pack.scenarios);
  if (wrong.length) return { ok: false, errors: wrong.map((w) => `${file}: expected level disagrees with the rules engine: ${w}`) };
  return result;
}
