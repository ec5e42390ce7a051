/** Change the passphrase: asks for the current one; the data key is re-wrapped, notes are not re-encrypted. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { passphraseRefusal, strengthHintKey, useCommonPasswords } from './LockScreens';

export function ChangePassphrase({ onChange }: { onChange: (current: string, next: string) => Promise<void> }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [open, setOpen] = useState(false);
  const common = useCommonPasswords(open);
  const submit = async (e: Event) => {
    e.preventDefault();
    const refusal = await passphraseRefusal(next);
    if (refusal) return setMessage({ ok: false, text: t(refusal) });
    if (next !== confirm) return setMessage({ ok: false, text: t('lock.mismatch') });
    try {
      await onChange(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setMessage({ ok: true, text: t('lock.changed') });
    } catch {
      setMessage({ ok: false, text: t('lock.wrong') });
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
        <p role="status">{message?.ok ? message.text : ''}</p>
        <div role="alert">{message && !message.ok ? <p class="notice notice-danger">{message.text}</p> : null}</div>
        <button type="submit">{t('lock.change')}</button>
      </form>
    </details>
  );
}
