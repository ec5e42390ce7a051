/**
 * Turns the engine's structured reasons into sentences; the engine stays free of wording. The words are the result's
 * strings (triage/strings.ts), which every caller's feature registers: the result, training and notes.
 */
import type { TrafficLightPack } from '../content/schema';
import type { TFunction } from '../i18n';
import { bandById, levelById, type Reason } from './classify';

/** On screen, the reasons that decided the level; answers of "no" and "not known" are shown by the questions themselves, and go into the record. */
export function shownReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => r.type !== 'provisional' && !(r.type === 'answered' && r.answer !== 'yes'));
}

const criterionLabel = (pack: TrafficLightPack, id: string) => pack.criteria.find((c) => c.id === id)?.label ?? id;

export function reasonText(pack: TrafficLightPack, reason: Reason, t: TFunction): string {
  const level = (id: string) => levelById(pack, id).label.toLocaleLowerCase();
  const band = (id: string) => bandById(pack, id)?.label ?? id;
  switch (reason.type) {
    case 'listed':
      return t('result.reason.listed', { level: level(reason.levelId), band: band(reason.bandId) });
    case 'boundary':
      return t('result.reason.boundary', {
        level: level(reason.levelId),
        band: band(reason.bandId),
        other: level(reason.otherLevelId),
        otherBand: band(reason.otherBandId),
      });
    case 'chosen':
      return t('result.reason.chosen', { level: level(reason.levelId) });
    case 'raised':
      return t('result.reason.raised', { level: level(reason.levelId), because: reason.because });
    case 'provisional':
      return t('result.reason.provisional', { because: reason.because });
    case 'answered':
      return reason.answer === 'unknown'
        ? t('result.reason.answeredUnknown', { factor: criterionLabel(pack, reason.criterionId) })
        : t('result.reason.answered', { factor: criterionLabel(pack, reason.criterionId), answer: t(`classify.context.answer.${reason.answer}`).toLocaleLowerCase() });
    case 'developmental':
      return t('result.reason.developmental', { band: band(reason.bandId) });
  }
}
