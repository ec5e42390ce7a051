/** /settings: import a licensed content pack (validated exactly as at build), or switch back to the shipped one. Lazy: zod loads only here. */
import './strings';
import { useState } from 'preact/hooks';
import { dismissSetAside, storeImportedPack, usePacks, switchToShippedPack, useImportedPackSetAside } from '../core/packs';
import { useTitle } from '../core/title';
import { i18n, useT } from '../i18n';
import { setThemeChoice, themeChoice, type ThemeChoice } from '../core/theme';
import { availableLocales, setLocale } from '../i18n/locale';
import { NotesSettings } from './NotesSettings';
import { PathwaySettings } from '../pathways/PathwaySettings';
import { isQuotaExceeded, readChosenFile } from '../ui/import-file';

export function SettingsPage() {
  const t = useT();
  useTitle(t('settings.title'));
  const packs = usePacks();
  const setAside = useImportedPackSetAside();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.files?.[0]) return;
    const { MAX_CONTENT_PACK_BYTES, parsePackText } = await import('../content/validate');
    const refuse = (line: string) => setMessage({ kind: 'error', lines: [t('settings.refused'), line] });
    const chosen = await readChosenFile(input, MAX_CONTENT_PACK_BYTES);
    if (!chosen) return;
    if (!chosen.ok) return refuse(t('settings.tooLarge', chosen.tooLarge));
    const { text, name } = chosen;
    const result = parsePackText(text, name);
    if (!result.ok) return setMessage({ kind: 'error', lines: [t('settings.refused'), ...result.errors.slice(0, 8)] });
    try {
      storeImportedPack(result.pack);
    } catch (err) {
      return refuse(t(isQuotaExceeded(err) ? 'settings.storageFull' : 'settings.notKept'));
    }
    setMessage({ kind: 'ok', lines: [t('settings.imported', { title: result.pack.provenance.title, version: result.pack.version })] });
  };

  const [theme, setTheme] = useState<ThemeChoice>(themeChoice);
  const chooseTheme = (choice: ThemeChoice) => {
    setThemeChoice(choice);
    setTheme(choice);
  };

  return (
    <div class="page settings">
      <h1>{t('settings.title')}</h1>
      <h2>{t('settings.displayTitle')}</h2>
      <fieldset class="choice-group">
        <legend>{t('settings.theme')}</legend>
        {(['system', 'light', 'dark'] as const).map((choice) => (
          <label class="choice" key={choice}>
            <input type="radio" name="theme" checked={theme === choice} onChange={() => chooseTheme(choice)} />
            <span>{t(`settings.themeOption.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('settings.language')}</span>
        <select value={i18n.language} onChange={(e) => setLocale(e.currentTarget.value)}>
          {availableLocales().map((code) => (
            <option key={code} value={code}>
              {new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code}
            </option>
          ))}
        </select>
      </label>
      <PathwaySettings />
      <NotesSettings />
      <h2>{t('settings.contentTitle')}</h2>
      {packs ? (
        <p>
          {t('settings.inUse', { title: packs.trafficLight.provenance.title, version: packs.trafficLight.version })}{' '}
          {packs.source === 'imported' ? t('settings.importedNote') : t('settings.shippedNote')}
        </p>
      ) : null}
      {setAside && !message ? (
        <div class="notice notice-danger" role="alert">
          <p>{t('settings.setAside')}</p>
          <ul>
            {setAside.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissSetAside}>
            {t('settings.dismissSetAside')}
          </button>
        </div>
      ) : null}
      <label class="field">
        <span>{t('settings.import')}</span>
        <input type="file" accept="application/json,.json" onChange={onFile} />
      </label>
      <p class="hint">{t('settings.importHint')}</p>
      {/* Rendered only with a message, so the page never holds an empty alert beside another one. */}
      {message?.kind === 'ok' ? (
        <p class="notice" role="status">
          {message.lines[0]}
        </p>
      ) : null}
      {message?.kind === 'error' ? (
        <div class="notice notice-danger" role="alert">
          {message.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      ) : null}
      {packs?.source === 'imported' ? (
        <button type="button" onClick={() => { switchToShippedPack(); setMessage({ kind: 'ok', lines: [t('settings.switchedBack')] }); }}>
          {t('settings.useShipped')}
        </button>
      ) : null}
    </div>
  );
}
