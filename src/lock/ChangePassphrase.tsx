/** Change the passphrase: asks for the current one; the data key is re-wrapped, or, if chosen, replaced and every note re-encrypted. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { WrongPassphraseError } from './crypto';
import { passphraseRefusal, strengthHintKey, useCommonPasswords } from './LockScreens';

export function ChangePassphrase({ onChange }: { onChange: (current: string, next: string, rekey: boolean) => Promise<void> }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [rekey, setRekey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [open, setOpen] = useState(false);
  const common = useCommonPasswords(open);
  const submit = async (e: Event) => {
    e.preventDefault();
    const refusal = await passphraseRefusal(next);
    if (refusal) return setMessage({ ok: false, text: t(refusal) });
    if (next !== confirm) return setMessage({ ok: false, text: t('lock.mismatch') });
    setBusy(true);
    try {
      await onChange(current, next, rekey);
      setCurrent('');
      setNext('');
      setConfirm('');
      setMessage({ ok: true, text: t(rekey ? 'lock.changedRekeyed' : 'lock.changed') });
    } catch (err) {
      setMessage({ ok: false, text: t(err instanceof WrongPassphraseError ? 'lock.wrong' : 'lock.changeFailed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="change-passphrase" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('lock.changeTitle')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <label class="field">
          <span>{t('lock.current')}</span>
          <input type="password" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('lock.next')}</span>
          <input type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} aria-describedby="next-strength" />
        </label>
        <p id="next-strength" class="hint" aria-live="polite">
          {next ? t(strengthHintKey(next, common)) : ''}
        </p>
        <label class="field">
          <span>{t('lock.confirmNext')}</span>
          <input type="password" autoComplete="new-password" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} />
        </label>
        <label class="choice">
          <input type="checkbox" checked={rekey} onChange={(e) => setRekey(e.currentTarget.checked)} aria-describedby="rekey-hint" />
          <span>{t('lock.rekey')}</span>
        </label>
        <p id="rekey-hint" class="hint">
          {t('lock.rekeyHint')}
        </p>
        <p role="status">{message?.ok ? message.text : ''}</p>
        <div role="alert">{message && !message.ok ? <p class="notice notice-danger">{message.text}</p> : null}</div>
        <button type="submit" disabled={busy}>
          {t('lock.change')}
        </button>
      </form>
    </details>
  );
}
