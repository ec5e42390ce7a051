/** Note templates, fetched once as data (precached, so they work offline) and kept for the session. */
import { useEffect, useState } from 'preact/hooks';
import { fetchContent } from '../core/packs';
import { INCIDENT_TEMPLATE, type Note } from './model';
import type { NoteTemplate, TemplateField } from './template-schema';

export type Templates = ReadonlyMap<string, NoteTemplate>;

let cached: Promise<Templates> | null = null;

export function loadTemplates(): Promise<Templates> {
  cached ??= fetchContent<NoteTemplate[]>('en-GB/templates/index.json').then(
    (list) => new Map(list.map((t) => [t.id, t])),
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

export function useTemplates(): Templates | null {
  const [templates, setTemplates] = useState<Templates | null>(null);
  useEffect(() => {
    let live = true;
    void loadTemplates().then((t) => live && setTemplates(t), () => undefined);
    return () => void (live = false);
  }, []);
  return templates;
}

/** The note's own template, or the incident template for a note whose template is not on this device. */
export function templateFor(templates: Templates, id: string): NoteTemplate {
  return templates.get(id) ?? templates.get(INCIDENT_TEMPLATE)!;
}

/** An option's label, for exports and the list; an unknown id is shown as it is. */
export const optionLabel = (field: TemplateField, id: string): string => field.options?.find((o) => o.id === id)?.label ?? id;

/** For exports: each note's template, falling back to the incident template. */
export const templateLookup =
  (templates: Templates) =>
  (note: Note): NoteTemplate =>
    templateFor(templates, note.content.templateId);
