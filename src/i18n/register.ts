/** Lazy features bring their own strings: each registers its locales/<lng>.json when its chunk loads, keeping the first screen small. */
import { i18n } from './index';

export function registerStrings(modules: Record<string, { default: Record<string, unknown> }>): void {
  for (const [path, mod] of Object.entries(modules)) {
    const lng = /([\w-]+)\.json$/.exec(path)?.[1];
    if (lng) i18n.addStrings(lng, mod.default);
  }
}
