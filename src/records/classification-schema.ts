/**
 * The one schema for a classification as a note records it: the backup validates with it, the note model takes
 * its type from it, and the export test walks its keys. Import it as a type only where zod must not load.
 */
import '../content/zod-config';
import { z } from 'zod';

const str = z.string().max(100_000);

export const localProcedureSnapshotSchema = z.object({ area: str.nullable(), packId: str.nullable(), version: str.nullable(), steps: z.array(str) });

export const classificationSnapshotSchema = z.object({
  packId: str,
  packVersion: str,
  framework: str,
  /** Added 2026-12: the nation whose guidance and law the result named (absent in older notes). */
  nation: str.optional(),
  bands: z.array(str),
  chronologicalAge: z.number().int().min(0).max(120).nullable(),
  developmental: z.boolean(),
  behaviourText: str,
  listed: z.boolean(),
  levelId: str,
  levelLabel: str,
  provisional: z.boolean(),
  reasons: z.array(str),
  answers: z.array(z.object({ label: str, answer: str })),
  hackett: z.array(str),
  judgement: z.object({ levelLabel: str, reason: str }).nullable(),
  /** Added 2026-11: the act-now prompts, first actions and police triggers shown with the result (absent in older notes). */
  actNow: z.array(str).optional(),
  doNow: z.array(str).optional(),
  police: z.array(str).optional(),
  /** The local procedure shown with the result: null area means national guidance only. */
  localProcedure: localProcedureSnapshotSchema.optional(),
});

/** A copy of the result at save time, so the note reads the same after a content update. */
export type ClassificationSnapshot = z.infer<typeof classificationSnapshotSchema>;
export type LocalProcedureSnapshot = z.infer<typeof localProcedureSnapshotSchema>;
