/** The translator's shape, apart from the module that holds the strings, so i18next's engine can import it. */
import type { Resources, TOptions } from './lookup';

export type TFunction = (key: string, options?: TOptions) => string;

/** What i18next-engine.ts hands back once i18next is ready. */
export interface Engine {
  t: TFunction;
  add(lng: string, bundle: Resources): void;
  setLanguage(lng: string): void;
}
