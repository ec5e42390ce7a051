/// <reference types="vite/client" />
/** Set by vite.config.ts `define` so About can show what is running. */
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;
/** A hash of the pack schema's sources (vite.config.ts). */
declare const __PACK_SCHEMA__: string;
