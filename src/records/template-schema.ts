/**
 * Note templates as data, validated like packs (at build and at import): each names its fields, their type, a
 * short hint, and the export block (SUMMARY, ACTION or OUTCOME) each field belongs to. An area can add its own.
 */
import '../content/zod-config.ts';
import { z } from 'zod';
import { provenanceSchema } from '../content/schema.ts';

const text = z.string().trim().min(1, 'must not be empty');
const fieldId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase id of letters and digits');
const optionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id made of letters, digits and hyphens');

export const templateFieldSchema = z
  .object({
    id: fieldId,
    label: text,
    /** The heading in exports, where it differs from the label (e.g. "What happened (facts)"). */
    exportLabel: text.optional(),
    hint: text.optional(),
    /** Shown in quotes in exports: the child's own words. */
    quote: z.boolean().optional(),
    type: z.enum(['text', 'multiline', 'date', 'choice', 'checklist']),
    options: z.array(z.object({ id: optionId, label: text })).min(2).optional(),
    section: z.enum(['summary', 'action', 'outcome']),
  })
  .refine((f) => (f.type === 'choice' || f.type === 'checklist') === Boolean(f.options), { message: 'choice and checklist fields need options; other fields must not have them', path: ['options'] });

export const noteTemplateSchema = z
  .object({
    kind: z.literal('note-template'),
    id: optionId,
    version: text,
    locale: text,
    label: text,
    description: text,
    provenance: provenanceSchema,
    fields: z.array(templateFieldSchema).min(1, 'needs at least one field'),
  })
  .superRefine((t, ctx) => {
    const ids = new Set<string>();
    const labels = new Set<string>();
    t.fields.forEach((f, i) => {
      if (ids.has(f.id)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'id'], message: `duplicate id "${f.id}"` });
      if (labels.has(f.label)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'label'], message: `duplicate label "${f.label}"` });
      ids.add(f.id);
      labels.add(f.label);
      if (['childRef', 'observedAt', 'writtenAt'].includes(f.id)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'id'], message: `"${f.id}" is common to every note and cannot be a template field` });
    });
  });

export type TemplateField = z.infer<typeof templateFieldSchema>;
export type NoteTemplate = z.infer<typeof noteTemplateSchema>;
