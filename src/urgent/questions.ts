/** The act-now questions asked before the age; any "yes" skips the traffic light. Ids key the i18n strings. */
export const URGENT_QUESTIONS = ['danger', 'disclosure', 'adult', 'penetration', 'images'] as const;
export type UrgentQuestion = (typeof URGENT_QUESTIONS)[number];
