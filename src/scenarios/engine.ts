/** Training asks the same rules engine as /classify: a scenario (or a variant) becomes a ClassifyInput, never a second copy of the rules. */
import type { Behaviour, Criterion, TrafficLightPack } from '../content/schema';
import { bandsInPlay } from '../rules/bands';
import { applicableCriteria, classify, type Classification, type ClassifyInput } from '../rules/classify';
import type { Scenario, Variant } from './schema';

export function scenarioInput(pack: TrafficLightPack, scenario: Scenario, variant?: Variant): ClassifyInput {
  const age = variant?.age ?? scenario.age;
  const behaviourId = variant?.behaviour ?? scenario.behaviour;
  const behaviour = behaviourId ? (pack.behaviours.find((b) => b.id === behaviourId) ?? null) : null;
  if (behaviourId && !behaviour) throw new Error(`Scenario "${scenario.id}" names unknown behaviour "${behaviourId}"`);
  const bandIds = bandsInPlay(pack, { age, developmentalBand: scenario.developmental?.band }).map((b) => b.id);
  return {
    chronologicalAge: age,
    bandIds,
    developmental: Boolean(scenario.developmental),
    behaviour,
    chosenLevelId: scenario.unlisted?.baseLevel,
    answers: { ...scenario.facts, ...(variant?.facts ?? {}) },
  };
}

/** The context questions the engine asks for this behaviour: a scenario's facts are kept for these only. */
export function questionsFor(pack: TrafficLightPack, behaviour: Behaviour | null): Criterion[] {
  return applicableCriteria(pack, behaviour);
}

export function classifyScenario(pack: TrafficLightPack, scenario: Scenario, variant?: Variant): Classification {
  return classify(pack, scenarioInput(pack, scenario, variant));
}

/** Each place where a scenario's stated engine level disagrees with the engine; empty means the pack is consistent. */
export function disagreements(pack: TrafficLightPack, scenarios: readonly Scenario[]): string[] {
  const out: string[] = [];
  const route = (r: Classification) => (r.actNow.length ? 'act-now' : 'the traffic light');
  const check = (name: string, stated: { expectedLevel: string; expectedRoute?: string }, r: Classification) => {
    if (r.level.id !== stated.expectedLevel) out.push(`${name}: states ${stated.expectedLevel}, engine gives ${r.level.id}`);
    const statedRoute = stated.expectedRoute ?? 'the traffic light';
    if (route(r) !== statedRoute) out.push(`${name}: states the route ${statedRoute}, engine gives ${route(r)}`);
  };
  for (const s of scenarios) {
    check(s.id, s, classifyScenario(pack, s));
    s.variants.forEach((v, i) => check(`${s.id} variant ${i + 1}`, v, classifyScenario(pack, s, v)));
  }
  return out;
}
