/** The building blocks every pack schema shares: ids and non-empty text. */
import './zod-config.ts';
import { z } from 'zod';

export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id made of letters, digits and hyphens');
export const text = z.string().trim().min(1, 'must not be empty');
