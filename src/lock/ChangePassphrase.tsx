/** Change the passphrase: asks for the current one; the data key is re-wrapped, notes are not re-encrypted. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { passphraseStrength } from './crypto';

export function ChangePassphrase({ onChange }: { onChange: (current: string, next: string) => Promise<void> }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (passphraseStrength(next) === 'too-short') return setMessage({ ok: false, text: t('lock.tooShort') });
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
    <details class="change-passphrase">
      <summary>{t('lock.changeTitle')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <label class="field">
          <span>{t('lock.current')}</span>
          <input type="password" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('lock.next')}</span>
          <input type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </label>
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
