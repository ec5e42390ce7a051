/** Constants the note records and their schema share, in a module without zod so the notes views can use them freely. */

export const INCIDENT_TEMPLATE = 'incident';

/** A date to the year, the month or the day. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The incident fields, as notes held them at the top level before templates (2026-11). */
export const LEGACY_FIELDS = ['setting', 'otherChildren', 'otherChildDetails', 'whatHappened', 'childsWords', 'professionalJudgement', 'actionTaken', 'safetySteps', 'whoInformed', 'nextSteps'] as const;
