/** Checks a pathway pack file exactly as the build does (zod), naming the file, the path inside it and each problem. */
import { validateWith, type Validated } from '../content/validate';
import { pathwayPackSchema, type PathwayPack } from './schema';

export function parsePathwayText(text: string, file: string): Validated<PathwayPack> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${file}: (top level): not valid JSON (${(e as Error).message})`] };
  }
  return validateWith(pathwayPackSchema, data, file);
}
