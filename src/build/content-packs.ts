/** Build-time gate: every pack under content/ is validated before Vite bundles anything, so a bad pack fails the build with file, path and problem. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { validatePackData } from './validate-pack.ts';
import type { TrafficLightPack } from '../content/schema.ts';
import { checkNationCoverage } from '../nations/coverage.ts';
import type { NationPack } from '../nations/schema.ts';

export function listPackFiles(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root)) {
    const full = join(root, entry);
    if (statSync(full).isDirectory()) out.push(...listPackFiles(full));
    else if (entry.endsWith('.json')) out.push(full);
  }
  return out.sort();
}

type Parsed = { ok: true; data: unknown } | { ok: false; errors: string[] };

/** Reads and validates one pack; on success returns zod's parsed output (defaults applied), which is what ships. */
function parsePackFile(file: string, base: string): Parsed {
  const name = relative(base, file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, errors: [`${name}: (top level): not valid JSON (${(e as Error).message})`] };
  }
  const result = validatePackData(data, name);
  return result.ok ? { ok: true, data: result.pack } : result;
}

/** The pack as the app receives it: zod's parsed output, so no runtime code re-applies defaults by hand. */
export function shippedPackJson(file: string, base = process.cwd()): string {
  const parsed = parsePackFile(file, base);
  if (!parsed.ok) throw new Error(`Invalid content pack:\n  ${parsed.errors.join('\n  ')}`);
  return JSON.stringify(parsed.data);
}

/** Returns every problem in every pack below `root`; an empty list means all packs are valid. */
export function validateContentDir(root: string, base = process.cwd()): string[] {
  const packs = new Map(listPackFiles(root).map((file) => [file, parsePackFile(file, base)]));
  const errors = [...packs.values()].flatMap((parsed) => (parsed.ok ? [] : parsed.errors));
  return [...errors, ...crossCheckNations(root, base, packs)];
}

/** Each nation pack must answer for every legal note and police trigger of its locale's traffic light pack. */
function crossCheckNations(root: string, base: string, packs: Map<string, Parsed>): string[] {
  return [...packs].flatMap(([file, parsed]) => {
    if (!parsed.ok || (parsed.data as { kind?: unknown }).kind !== 'nation') return [];
    const trafficLightFile = join(root, relative(root, file).split(/[\\/]/)[0] ?? '', 'traffic-light.json');
    const trafficLight = packs.get(trafficLightFile);
    if (!trafficLight) return [`${relative(base, file)}: (top level): no traffic light pack at ${relative(base, trafficLightFile)} to check it against`];
    return trafficLight.ok ? checkNationCoverage(parsed.data as NationPack, trafficLight.data as TrafficLightPack, relative(base, file)) : [];
  });
}

interface FolderPack {
  id: string;
  area?: string;
  partnership?: string;
  jurisdiction?: string;
  name?: string;
  jurisdictions?: string[];
  version: string;
  source?: { title: string; version: string; date: string; lastChecked: string };
}

const packsIn = (folder: string): FolderPack[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.json') && f !== 'index.json')
        .sort()
        .map((f) => JSON.parse(shippedPackJson(join(folder, f))) as FolderPack)
    : [];

/**
 * Generated indexes, so the app needs one request per folder: pathway packs as a summary (Settings lists the
 * areas without fetching each pack), note templates whole (they are small, and every note needs one).
 */
export const FOLDER_INDEXES: Record<string, (folder: string) => unknown> = {
  pathways: (folder) =>
    packsIn(folder)
      .map(({ id, area, partnership, jurisdiction, version, source }) => ({ id, area, partnership, jurisdiction, version, source: source && { title: source.title, version: source.version, date: source.date, lastChecked: source.lastChecked } }))
      .sort((a, b) => (a.area ?? '').localeCompare(b.area ?? '')),
  templates: (folder) => packsIn(folder),
  // Settings lists the nations without fetching each pack; the one chosen is fetched whole.
  nations: (folder) => packsIn(folder).map(({ id, name, jurisdictions }) => ({ id, name, jurisdictions })),
};

/**
 * Validates every pack before bundling, then ships them as JSON files at /content/<locale>/<file>.json:
 * content is data, fetched (and precached) rather than compiled into JavaScript.
 */
export function contentPacksPlugin(dir = join(process.cwd(), 'content')): Plugin {
  return {
    name: 'content-packs',
    buildStart() {
      const errors = validateContentDir(dir);
      if (errors.length) this.error(`Invalid content pack:\n  ${errors.join('\n  ')}`);
    },
    generateBundle() {
      for (const file of listPackFiles(dir)) {
        const fileName = `content/${relative(dir, file).split('\\').join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: shippedPackJson(file) });
      }
      for (const locale of readdirSync(dir)) {
        for (const [folder, index] of Object.entries(FOLDER_INDEXES)) {
          const path = join(dir, locale, folder);
          if (existsSync(path)) this.emitFile({ type: 'asset', fileName: `content/${locale}/${folder}/index.json`, source: JSON.stringify(index(path)) });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use('/content/', (req, res, next) => {
        const file = join(dir, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        if (!file.startsWith(dir) || !file.endsWith('.json')) return next();
        const folder = join(file, '..');
        const index = file.endsWith('index.json') ? FOLDER_INDEXES[folder.split(/[\\/]/).pop() ?? ''] : undefined;
        if (index) {
          res.setHeader('Content-Type', 'application/json');
          return res.end(JSON.stringify(index(folder)));
        }
        if (!existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(shippedPackJson(file));
      });
    },
  };
}
