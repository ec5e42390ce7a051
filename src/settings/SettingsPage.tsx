/** /settings: import a licensed content pack (validated exactly as at build), or switch back to the shipped one. Lazy: zod loads only here. */
import { useState } from 'preact/hooks';
import { storeImportedPack, usePacks, switchToShippedPack } from '../app/packs';
import { useTitle } from '../app/useTitle';
import { useT } from '../i18n';

export function SettingsPage() {
  const t = useT();
  useTitle(t('settings.title'));
  const packs = usePacks();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; lines: string[] } | null>(null);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const { parsePackText } = await import('../content/validate');
    const result = parsePackText(await file.text(), file.name);
    if (result.ok) {
      storeImportedPack(result.pack);
      setMessage({ kind: 'ok', lines: [t('settings.imported', { title: result.pack.provenance.title, version: result.pack.version })] });
    } else {
      setMessage({ kind: 'error', lines: [t('settings.refused'), ...result.errors.slice(0, 8)] });
    }
    input.value = '';
  };

  return (
    <div class="page settings">
      <h1>{t('settings.title')}</h1>
      <h2>{t('settings.contentTitle')}</h2>
      {packs ? (
        <p>
          {t('settings.inUse', { title: packs.trafficLight.provenance.title, version: packs.trafficLight.version })}{' '}
          {packs.source === 'imported' ? t('settings.importedNote') : t('settings.shippedNote')}
        </p>
      ) : null}
      <label class="field">
        <span>{t('settings.import')}</span>
        <input type="file" accept="application/json,.json" onChange={onFile} />
      </label>
      <p class="hint">{t('settings.importHint')}</p>
      <div role="status" aria-live="polite">
        {message ? (
          <div class={message.kind === 'ok' ? 'notice' : 'notice notice-danger'}>
            {message.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </div>
        ) : null}
      </div>
      {packs?.source === 'imported' ? (
        <button type="button" onClick={() => { switchToShippedPack(); setMessage({ kind: 'ok', lines: [t('settings.switchedBack')] }); }}>
          {t('settings.useShipped')}
        </button>
      ) : null}
    </div>
  );
}
