/** "Import backup": all-or-nothing, refused with a message naming the problem; nothing stored changes on refusal. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { FileTooLargeError, megabytes, readFileWithin } from '../ui/import-file';
import { importBackup, ImportError, MAX_BACKUP_BYTES, MAX_BACKUP_EVENTS, MAX_BACKUP_NOTES } from '../transfer/backup';
import { repo } from '../vault/session';

/** The limits every refusal may name. */
const LIMITS = { limit: megabytes(MAX_BACKUP_BYTES), maxNotes: MAX_BACKUP_NOTES, maxEvents: MAX_BACKUP_EVENTS };

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
      // The size is checked before the file is read: a 60 MB file is refused at once.
      const { added, skipped } = await importBackup(repo, await readFileWithin(file, MAX_BACKUP_BYTES), passphrase || null);
      setMessage({ ok: true, text: t('notes.importDone', { count: added, skipped }) });
    } catch (err) {
      if (err instanceof FileTooLargeError) return setMessage({ ok: false, text: t('notes.importTooLarge', { ...LIMITS, size: megabytes(err.size) }) });
      const problem = err instanceof ImportError ? err.problem : 'storage';
      const detail = err instanceof ImportError ? err.detail : '';
      setMessage({ ok: false, text: t(`notes.importProblem.${problem}`, { ...LIMITS, detail, found: Number(detail) || 0 }) });
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
