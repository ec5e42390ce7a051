/**
 * Pathway packs: a local safeguarding procedure as data (who acts, by role only; what; by when; through which
 * route), validated at build and at import exactly as the traffic light pack is. A pack never holds a person's
 * name, an e-mail address or a phone number: the schema refuses the last two anywhere in the file.
 */
import '../content/zod-config.ts';
import { z } from 'zod';
import { httpsUrl } from '../content/url.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id made of letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty');

/** An e-mail address anywhere, or a UK-style phone number (0…, +44…, or 7 digits or more in a run). */
export const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i;
export const PHONE = /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,10}\b|\b\d{7,}\b/;

export const pathwayStepSchema = z.object({
  id,
  /** Traffic light level ids the step applies to. */
  levels: z.array(id).min(1),
  minAge: z.number().int().min(0).max(25).optional(),
  maxAge: z.number().int().min(0).max(25).optional(),
  route: id.optional(),
  role: id,
  action: text,
  timescale: text.optional(),
  form: text.optional(),
  /** A dated or superseded arrangement, or another caveat, shown beside the step. */
  note: text.optional(),
});

export const pathwayPackSchema = z
  .object({
    kind: z.literal('pathway'),
    id,
    version: text,
    locale: text,
    area: text,
    partnership: text,
    jurisdiction: text,
    source: z.object({ title: text, version: text, date: text, lastChecked: text, currency: text.optional(), url: httpsUrl.optional() }),
    summary: text,
    disclaimer: text,
    roles: z.array(z.object({ id, label: text })).min(1, 'needs at least one role'),
    routes: z.array(z.object({ id, label: text, description: text })).default([]),
    steps: z.array(pathwayStepSchema).min(1, 'needs at least one step'),
    alwaysConsider: z.array(text).default([]),
  })
  .superRefine((pack, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const roles = new Set(pack.roles.map((r) => r.id));
    const routes = new Set(pack.routes.map((r) => r.id));
    const seen = new Set<string>();
    pack.steps.forEach((step, i) => {
      if (seen.has(step.id)) issue(['steps', i, 'id'], `duplicate id "${step.id}"`);
      seen.add(step.id);
      if (!roles.has(step.role)) issue(['steps', i, 'role'], `unknown role "${step.role}"`);
      if (step.route && !routes.has(step.route)) issue(['steps', i, 'route'], `unknown route "${step.route}"`);
      if (step.minAge !== undefined && step.maxAge !== undefined && step.minAge > step.maxAge) issue(['steps', i, 'maxAge'], 'maxAge is below minAge');
    });
    // People are never named: no e-mail address or phone number anywhere, whatever the field.
    const scan = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string') {
        if (EMAIL.test(value)) issue(path, 'must not contain an e-mail address: name a mailbox by its role');
        if (PHONE.test(value)) issue(path, 'must not contain a phone number');
      } else if (Array.isArray(value)) value.forEach((v, i) => scan(v, [...path, i]));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => scan(v, [...path, k]));
    };
    scan(pack, []);
  });

export type PathwayStep = z.infer<typeof pathwayStepSchema>;
export type PathwayPack = z.infer<typeof pathwayPackSchema>;
