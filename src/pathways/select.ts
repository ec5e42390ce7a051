/** Which steps of a local procedure apply to a result, and in what order to show them. Pure. */
import type { LocalProcedureSnapshot } from '../records/model';
import type { PathwayPack, PathwayStep } from './schema';

export interface AgeRange {
  /** The child's age, or null when only a band was chosen. */
  age: number | null;
  /** The bands in play, for when there is no age. */
  bands: readonly { minAge: number; maxAge: number }[];
}

/** A step applies to the level, and to the age (or, with no age, to any age in the bands in play). */
export function applies(step: PathwayStep, levelId: string, { age, bands }: AgeRange): boolean {
  if (!step.levels.includes(levelId)) return false;
  const lo = step.minAge ?? 0;
  const hi = step.maxAge ?? Number.POSITIVE_INFINITY;
  if (age !== null) return age >= lo && age <= hi;
  return bands.length === 0 || bands.some((b) => b.maxAge >= lo && b.minAge <= hi);
}

export interface RoleGroup {
  role: { id: string; label: string };
  steps: PathwayStep[];
}

export interface RouteGroup {
  /** Null for steps that belong to no route. */
  route: PathwayPack['routes'][number] | null;
  roles: RoleGroup[];
}

/** Grouped by route (steps with no route first), then by role in pack order, with the reader's own role first. */
export function groupSteps(pack: PathwayPack, steps: readonly PathwayStep[], ownRole: string | null): RouteGroup[] {
  const roleOrder = [...pack.roles].sort((a, b) => Number(b.id === ownRole) - Number(a.id === ownRole));
  const routes = [null, ...pack.routes];
  return routes
    .map((route) => {
      const inRoute = steps.filter((s) => (s.route ?? null) === (route?.id ?? null));
      const roles = roleOrder.map((role) => ({ role, steps: inRoute.filter((s) => s.role === role.id) })).filter((g) => g.steps.length);
      return { route, roles };
    })
    .filter((g) => g.roles.length);
}

/** One step as a line for the record: route, role, action, timescale and form. */
export function stepLine(pack: PathwayPack, step: PathwayStep): string {
  const route = pack.routes.find((r) => r.id === step.route)?.label;
  const role = pack.roles.find((r) => r.id === step.role)?.label ?? step.role;
  const extras = [step.timescale, step.form].filter(Boolean).join('; ');
  return `${route ? `${route}: ` : ''}${role}: ${step.action}${extras ? ` (${extras})` : ''}`;
}

/** What "Save as draft note" records of the local procedure shown. */
export function localSnapshot(pack: PathwayPack | null, levelId: string, range: AgeRange, ownRole: string | null): LocalProcedureSnapshot {
  if (!pack) return { area: null, packId: null, version: null, steps: [] };
  const steps = groupSteps(pack, pack.steps.filter((s) => applies(s, levelId, range)), ownRole).flatMap((g) => g.roles.flatMap((r) => r.steps));
  return { area: pack.area, packId: pack.id, version: pack.version, steps: steps.map((s) => stepLine(pack, s)) };
}
