/** zod 4 compiles parsers with `new Function`, which our CSP (no 'unsafe-eval') forbids: run it jitless. Must load before any schema is defined. */
import { config } from 'zod';

config({ jitless: true });
