/** Checks a pathway pack file exactly as the build does (zod), naming the file, the path inside it and each problem. */
import { parseJsonWith, type Validated } from '../content/validate';
import { pathwayPackSchema, type PathwayPack } from './schema';

export const parsePathwayText = (text: string, file: string): Validated<PathwayPack> => parseJsonWith(pathwayPackSchema, text, file);
