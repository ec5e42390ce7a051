/** Turns the engine's structured reasons into sentences; the engine stays free of wording. */
import type { TrafficLightPack } from '../content/schema';
import type { TFunction } from '../i18n';
import { bandById, levelById, type Reason } from './classify';

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
      return t('result.reason.provisional', { level: level(reason.levelId), because: reason.because });
    case 'developmental':
      return t('result.reason.developmental', { band: band(reason.bandId) });
  }
}
