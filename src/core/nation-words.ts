/**
 * The words a page needs from the chosen nation: the safeguarding lead's title, who hears allegations about staff,
 * who takes a referral about a child, and the guidance a page is based on. Before the packs have loaded, neutral
 * words stand in, never England's.
 */
import type { TFunction } from '../i18n';
import type { NationPack } from '../nations/schema';

export interface NationWords {
  /** "designated safeguarding lead (DSL)", or the title alone when the nation has no short form. */
  lead: string;
  /** "DSL", "designated teacher": for running text. */
  leadShort: string;
  allegations: string;
  guidance: string;
  /** "children’s social care", "social work": who takes a referral about a child. */
  socialCare: string;
}

export function nationWords(nation: NationPack | undefined, t: TFunction): NationWords {
  if (!nation) {
    return { lead: t('nation.leadFallback'), leadShort: t('nation.leadFallback'), allegations: t('nation.allegationsFallback'), guidance: t('nation.guidanceFallback'), socialCare: t('nation.socialCareFallback') };
  }
  const { title, short } = nation.lead;
  return {
    lead: short === title ? title : `${title} (${short})`,
    leadShort: short,
    allegations: nation.routes.allegations?.name ?? t('nation.allegationsFallback'),
    guidance: nation.national.source,
    socialCare: nation.socialCare.name,
  };
}
