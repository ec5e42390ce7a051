/** Dispatches on a pack's `kind`, so the build and the importer validate every kind the same way. */
import { scenarioPackSchema } from '../scenarios/schema.ts';
import { pathwayPackSchema } from '../pathways/schema.ts';
import { noteTemplateSchema } from '../records/template-schema.ts';
import { nationPackSchema } from '../nations/schema.ts';
import { validateHackettPack, validateTrafficLightPack, validateWith, type Validated } from '../content/validate.ts';

export function validatePackData(data: unknown, file: string): Validated<unknown> {
  const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
  switch (kind) {
    case 'traffic-light':
      return validateTrafficLightPack(data, file);
    case 'hackett-continuum':
      return validateHackettPack(data, file);
    case 'training-scenarios':
      return validateWith(scenarioPackSchema, data, file);
    case 'pathway':
      return validateWith(pathwayPackSchema, data, file);
    case 'note-template':
      return validateWith(noteTemplateSchema, data, file);
    case 'nation':
      return validateWith(nationPackSchema, data, file);
    default:
      return { ok: false, errors: [`${file}: kind: unknown pack kind ${JSON.stringify(kind)}`] };
  }
}
