/**
 * A nation pack must answer for everything in the traffic light pack that names law or guidance: every legal note
 * (given, or left out with a reason) and every police trigger. Checked at build against the shipped pack, so a
 * pack that would leave England's law in a Scottish result fails with file, path and problem.
 */
import type { Condition, TrafficLightPack } from '../content/schema';
import type { NationPack } from './schema';

export function checkNationCoverage(nation: NationPack, pack: TrafficLightPack, file: string): string[] {
  const problems: string[] = [];
  const problem = (path: string, message: string) => problems.push(`${file}: ${path}: ${message}`);

  const legalIds = new Set(pack.legalNotes.map((n) => n.id));
  const answered = new Set([...nation.legalNotes.map((n) => n.id), ...nation.legalNotesLeftOut.map((n) => n.id)]);
  for (const noteId of legalIds) {
    if (!answered.has(noteId)) problem('legalNotes', `no note for "${noteId}": give one citing this nation's law, or list it in legalNotesLeftOut with the reason`);
  }
  nation.legalNotes.forEach((n, i) => legalIds.has(n.id) || problem(`legalNotes[${i}].id`, `"${n.id}" is not a legal note of the traffic light pack ${pack.id}`));
  nation.legalNotesLeftOut.forEach((n, i) => legalIds.has(n.id) || problem(`legalNotesLeftOut[${i}].id`, `"${n.id}" is not a legal note of the traffic light pack ${pack.id}`));

  const triggerIds = new Set(pack.policeTriggers.map((t) => t.id));
  for (const triggerId of triggerIds) {
    if (!nation.policeTriggers[triggerId]) problem('policeTriggers', `no text for the police trigger "${triggerId}"`);
  }
  for (const key of Object.keys(nation.policeTriggers)) {
    if (!triggerIds.has(key)) problem(`policeTriggers.${key}`, `"${key}" is not a police trigger of the traffic light pack ${pack.id}`);
  }
  nation.extraPoliceTriggers.forEach((t, i) => triggerIds.has(t.id) && problem(`extraPoliceTriggers[${i}].id`, `"${t.id}" is already a police trigger: give it in policeTriggers`));

  const tagRuleIds = new Set(pack.tagRules.map((r) => r.id));
  for (const key of Object.keys(nation.tagRules)) {
    if (!tagRuleIds.has(key)) problem(`tagRules.${key}`, `"${key}" is not a tag rule of the traffic light pack ${pack.id}`);
  }
  const actNowIds = new Set(pack.actNow.map((r) => r.id));
  for (const key of Object.keys(nation.actNow)) {
    if (!actNowIds.has(key)) problem(`actNow.${key}`, `"${key}" is not an act-now rule of the traffic light pack ${pack.id}`);
  }

  // A `when` may only name bands, levels and questions the traffic light pack has.
  const bands = new Set(pack.bands.map((b) => b.id));
  const levels = new Set(pack.levels.map((l) => l.id));
  const criteria = new Set(pack.criteria.map((c) => c.id));
  const checkWhen = (path: string, when: readonly Condition[] | undefined) =>
    when?.forEach((c, j) => {
      c.bands?.forEach((b) => bands.has(b) || problem(`${path}[${j}].bands`, `unknown band "${b}"`));
      c.levels?.forEach((l) => levels.has(l) || problem(`${path}[${j}].levels`, `unknown level "${l}"`));
      Object.keys(c.answers ?? {}).forEach((a) => criteria.has(a) || problem(`${path}[${j}].answers.${a}`, `unknown criterion "${a}"`));
    });
  for (const [key, t] of Object.entries(nation.policeTriggers)) checkWhen(`policeTriggers.${key}.when`, t.when);
  nation.extraPoliceTriggers.forEach((t, i) => checkWhen(`extraPoliceTriggers[${i}].when`, t.when));
  return problems;
}
