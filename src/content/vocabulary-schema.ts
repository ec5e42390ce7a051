/** The search vocabulary of a traffic light pack: its own module, as it is the largest part of the pack's schema. */
import './zod-config.ts';
import { z } from 'zod';
import { id, text } from './primitives.ts';

/** Search vocabulary as data: word families that find each other, words that never decide a match, act-now cues. */
export const vocabularySchema = z.object({
  groups: z.array(z.object({ id, words: z.array(text).min(2) })).default([]),
  ignore: z.array(text).default([]),
  actNow: z
    .object({
      /** People who are adults: a mention brings the act-now prompt unless the words around it make them the reporter. */
      adult: z.array(text).default([]),
      /** A child telling of harm done to them: first-person harm, or the words for a disclosure. */
      disclosure: z.array(text).default([]),
      /** "mum's mate", "uncle's friend": an adult's relation is an adult too. */
      relations: z.array(text).default([]),
      /** Words that may sit between an adult's possessive and the relation ("mum's new fella"). */
      relationFillers: z.array(text).default([]),
      /** Right after an adult ("dad found…", "the coach heard…"): the adult found or reported it, and is not the actor. */
      reportedBy: z.array(text).default([]),
      /** Right before an adult ("told her teacher", "asked the coach"): the adult was told, and is not the actor. */
      reportedTo: z.array(text).default([]),
      /** The only words that may sit between those and the adult ("told her form tutor"; not "told me her uncle"). */
      reportedToFillers: z.array(text).default([]),
      /** An act right after an adult ("the coach touched…") makes them the actor, whatever follows. */
      acts: z.array(text).default([]),
      /** "…and kissed her", "…then touched her": an act joined to a reporting verb shares its subject, the adult. */
      joiners: z.array(text).default([]),
      /** Right after "adult" or "grown up": a thing, not a person ("adult dating apps", "grown up words"). */
      things: z.array(text).default([]),
      /** What a reporting adult takes or checks ("took the phone off her", "grabbed his tablet"): that act is not on the child. */
      devices: z.array(text).default([]),
      /** Right after an adult, or a clause placing them ("who…", "at the property…"): the adult is the one seen ("was observed touching…"). */
      seen: z.array(text).default([]),
      /** Right before an adult (an article may come between): a role played or compared with ("pretending to be daddy", "like an adult"). */
      pretend: z.array(text).default([]),
    })
    .default({ adult: [], disclosure: [], relations: [], relationFillers: [], reportedBy: [], reportedTo: [], reportedToFillers: [], acts: [], joiners: [], things: [], devices: [], seen: [], pretend: [] }),
  /** Words that stand for an age stated in a description, at least `gap` years from the child's, or an adult's. */
  statedAges: z
    .object({
      gap: z.number().int().min(1).max(10),
      younger: z.array(text).min(1),
      older: z.array(text).min(1),
      adult: z.array(text).min(1),
      /** Age at the start of school year N is N plus this (England and Wales: 5). Leave out where years differ. */
      schoolYearOffset: z.number().int().min(0).max(10).optional(),
    })
    .optional(),
  /**
   * Qualifiers that set one behaviour apart from a plainer one ("violent" pornography, "persistently" touching):
   * an entry whose wording holds a `marks` word ranks below the rest when the query holds none of the `words`, or
   * holds one of the `denials` ("just the once", "now and again": "again" alone would have counted as persistent).
   */
  qualifiers: z.array(z.object({ id, marks: z.array(text).min(1), words: z.array(text).min(1), denials: z.array(text).default([]) })).default([]),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
