/** Copies a result into a note snapshot (worded, with pack id and version), so a note reads the same after a content update. */
import type { Behaviour, HackettPack, TrafficLightPack } from '../content/schema';
import type { TFunction } from '../i18n';
import type { ClassificationSnapshot, LocalProcedureSnapshot } from './model';
import type { Answers, Classification } from '../rules/classify';
import { reasonText } from '../rules/reasons';

export function toSnapshot(
  pack: TrafficLightPack,
  hackett: HackettPack,
  result: Classification,
  input: { nation: string; behaviour: Behaviour | null; ownWords: string; bandIds: readonly string[]; chronologicalAge: number | null; developmental: boolean; answers: Answers; judgement: { levelId: string | null; reason: string }; local?: LocalProcedureSnapshot },
  t: TFunction,
): ClassificationSnapshot {
  const judgementLevel = input.judgement.levelId ? pack.levels.find((l) => l.id === input.judgement.levelId) : undefined;
  return {
    packId: pack.id,
    packVersion: pack.version,
    framework: pack.provenance.title,
    nation: input.nation,
    bands: input.bandIds.map((id) => pack.bands.find((b) => b.id === id)?.label ?? id),
    chronologicalAge: input.chronologicalAge,
    developmental: input.developmental,
    behaviourText: input.behaviour?.text ?? input.ownWords,
    listed: input.behaviour !== null,
    levelId: result.level.id,
    levelLabel: result.level.label,
    provisional: result.provisional,
    reasons: result.reasons.map((r) => reasonText(pack, r, t)),
    answers: result.applicableCriteria.map((c) => ({ label: c.label, answer: t(`classify.context.answer.${input.answers[c.id] ?? 'unknown'}`) })),
    hackett: hackett.levels.filter((h) => result.hackett.includes(h.id)).map((h) => h.label),
    judgement: judgementLevel ? { levelLabel: judgementLevel.label, reason: input.judgement.reason } : null,
    actNow: result.actNow.map((a) => a.text),
    doNow: result.doNow,
    police: result.police.map((p) => `${p.text} (${p.source}; ${p.date})`),
    localProcedure: input.local ?? { area: null, packId: null, version: null, steps: [] },
  };
}
