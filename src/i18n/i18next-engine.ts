/** i18next itself, loaded after the first screen (index.ts `startI18next`) over the resources gathered so far. */
import i18next from 'i18next';
import type { Engine, TFunction } from './types';
import type { Resources } from './lookup';

export async function createEngine(bundles: ReadonlyMap<string, Resources>, lng: string, fallbackLng: string): Promise<Engine> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng,
    resources: Object.fromEntries([...bundles].map(([code, bundle]) => [code, { translation: bundle }])),
    initAsync: false,
    // Preact escapes text itself; escaping twice would show entities.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return {
    t: instance.t.bind(instance) as unknown as TFunction,
    add: (code, bundle) => void instance.addResourceBundle(code, 'translation', bundle, true, true),
    setLanguage: (code) => void instance.changeLanguage(code),
  };
}
