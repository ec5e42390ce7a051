/** Validates a pack and turns zod issues into messages that name the file, the path inside it and the problem. */
import { hackettPackSchema, trafficLightPackSchema, type HackettPack, type TrafficLightPack } from './schema.ts';

export type PackKind = 'traffic-light' | 'hackett-continuum';
export type Validated<T> = { ok: true; pack: T } | { ok: false; errors: string[] };

/** "behaviours[3].level" reads better than a JSON pointer for a person fixing a file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

export function validateWith<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown, file: string): Validated<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${file}: ${formatPath(i.path) || '(top level)'}: ${i.message}`),
  };
}

export function validateTrafficLightPack(data: unknown, file: string): Validated<TrafficLightPack> {
  return validateWith(trafficLightPackSchema, data, file);
}

export function validateHackettPack(data: unknown, file: string): Validated<HackettPack> {
  return validateWith(hackettPackSchema, data, file);
}

/** Parses JSON text first so a syntax error is reported with the file name too, then validates with the schema. */
export function parseJsonWith<T>(schema: Parameters<typeof validateWith<T>>[0], textContent: string, file: string): Validated<T> {
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (e) {
    return { ok: false, errors: [`${file}: (top level): not valid JSON (${(e as Error).message})`] };
  }
  return validateWith(schema, data, file);
}

/** About 25 times the shipped pack (170 kB); an imported pack lives in localStorage, which keeps about 5 MB per site. */
export const MAX_CONTENT_PACK_BYTES = 4 * 1024 * 1024;

export function parsePackText(textContent: string, file: string): Validated<TrafficLightPack> {
  return parseJsonWith(trafficLightPackSchema, textContent, file);
}
