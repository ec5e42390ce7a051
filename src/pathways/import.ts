/** Checks a pathway pack file exactly as the build does (zod), naming the file, the path inside it and each problem. */
import { parseJsonWith, type Validated } from '../content/validate';
import { pathwayPackSchema, type PathwayPack } from './schema';

/** About 200 times a shipped pathway pack (5 kB): a pack is one area's steps, and it is kept in localStorage. */
export const MAX_PATHWAY_PACK_BYTES = 1024 * 1024;

export const parsePathwayText = (text: string, file: string): Validated<PathwayPack> => parseJsonWith(pathwayPackSchema, text, file);
