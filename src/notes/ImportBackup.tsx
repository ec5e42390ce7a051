/** "Import backup": all-or-nothing, refused with a message naming the problem; nothing stored changes on refusal. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { importBackup, ImportError } from './backup';
import { repo } from './session';

export function ImportBackup() {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { added, skipped } = await importBackup(repo, await file.text(), passphrase || null);
      setMessage({ ok: true, text: t('notes.importDone', { count: added, skipped }) });
    } catch (err) {
      setMessage({ ok: false, text: t(`notes.importProblem.${err instanceof ImportError ? err.problem : 'storage'}`) });
    }
  };
  return (
    <section class="import-backup" aria-labelledby="import-title">
      <h2 id="import-title">{t('notes.importTitle')}</h2>
      <label class="field">
        <span>{t('notes.importPassphrase')}</span>
        <input type="password" autoComplete="off" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('notes.import')}</span>
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </label>
      <p role="status">{message?.ok ? message.text : ''}</p>
      <div role="alert">{message && !message.ok ? <p class="notice notice-danger">{message.text}</p> : null}</div>
    </section>
  );
}
