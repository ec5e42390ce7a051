/** Set-up and unlock screens. No recovery by design; a wrong passphrase meets a growing delay (a speed bump, not protection). */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { loadCommonPasswords } from './common-passwords';
import { WrongPassphraseError } from './crypto';
import { passphraseProblem, passphraseStrength, type CommonPasswords, type PassphraseProblem } from './passphrase-rule';

const NO_LIST: CommonPasswords = new Set();

/** The common-password list, fetched only once a screen that chooses a passphrase is in use. */
export function useCommonPasswords(active = true): CommonPasswords {
  const [common, setCommon] = useState<CommonPasswords>(NO_LIST);
  useEffect(() => {
    if (active) void loadCommonPasswords().then(setCommon);
  }, [active]);
  return common;
}

/** The live hint under a new passphrase: a common one says so, otherwise its strength. */
export const strengthHintKey = (p: string, common: CommonPasswords): string =>
  passphraseProblem(p, common) === 'common' ? 'lock.strength.common' : `lock.strength.${passphraseStrength(p)}`;

/** Checks against the full list (waiting for it if it is still loading): the key of the message to show, or null. */
export async function passphraseRefusal(p: string): Promise<string | null> {
  const problem: PassphraseProblem | null = passphraseProblem(p, await loadCommonPasswords());
  return problem === 'common' ? 'lock.common' : problem === 'too-short' ? 'lock.tooShort' : null;
}

export function SetupForm({ onSetUp }: { onSetUp: (passphrase: string) => Promise<void> }) {
  const t = useT();
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const common = useCommonPasswords();
  const submit = async (e: Event) => {
    e.preventDefault();
    const refusal = await passphraseRefusal(pass);
    if (refusal) return setError(t(refusal));
    if (pass !== confirm) return setError(t('lock.mismatch'));
    setBusy(true);
    await onSetUp(pass);
  };
  return (
    <form class="lock-form" onSubmit={submit}>
      <h2>{t('lock.setupTitle')}</h2>
      <p>{t('lock.setupIntro')}</p>
      <p class="notice notice-warning">{t('lock.installAdvice')}</p>
      <label class="field">
        <span>{t('lock.passphrase')}</span>
        <input type="password" autoComplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} aria-describedby="strength" />
      </label>
      <p id="strength" class="hint" aria-live="polite">
        {t(strengthHintKey(pass, common))}
      </p>
      <label class="field">
        <span>{t('lock.confirm')}</span>
        <input type="password" autoComplete="new-password" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} />
      </label>
      <div role="alert">{error ? <p class="notice notice-danger">{error}</p> : null}</div>
      <button type="submit" disabled={busy}>
        {t('lock.setUp')}
      </button>
    </form>
  );
}

/** Seconds to wait after n failures: 0, 0, 2, 4, 8 … capped at 60. */
export const failureDelay = (failures: number): number => (failures < 2 ? 0 : Math.min(60, 2 ** (failures - 1)));

export function UnlockForm({ onUnlock, onErase }: { onUnlock: (passphrase: string) => Promise<void>; onErase: () => Promise<void> }) {
  const t = useT();
  const [pass, setPass] = useState('');
  const [error, setError] = useState('');
  const [failures, setFailures] = useState(0);
  const [waitUntil, setWaitUntil] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (Date.now() < waitUntil) return setError(t('lock.wait', { seconds: Math.ceil((waitUntil - Date.now()) / 1000) }));
    setBusy(true);
    try {
      await onUnlock(pass);
    } catch (err) {
      const n = failures + 1;
      setFailures(n);
      setWaitUntil(Date.now() + failureDelay(n) * 1000);
      setError(err instanceof WrongPassphraseError ? (failureDelay(n) ? t('lock.wrongWait', { seconds: failureDelay(n) }) : t('lock.wrong')) : t('lock.failed'));
      setPass('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="lock-screen">
      <form class="lock-form" onSubmit={submit}>
        <h2>{t('lock.unlockTitle')}</h2>
        <label class="field">
          <span>{t('lock.passphrase')}</span>
          <input type="password" autoComplete="current-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} />
        </label>
        <div role="alert">{error ? <p class="notice notice-danger">{error}</p> : null}</div>
        <button type="submit" disabled={busy}>
          {t('lock.unlock')}
        </button>
      </form>
      <EraseAll onErase={onErase} />
    </div>
  );
}

function EraseAll({ onErase }: { onErase: () => Promise<void> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const word = t('lock.eraseWord');
  return (
    <section class="erase" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('lock.forgotTitle')}</h2>
      <p>{t('lock.noRecovery')}</p>
      <button type="button" class="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('lock.erase')}
      </button>
      {open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim() === word) void onErase();
          }}
        >
          <label class="field">
            <span>{t('lock.eraseConfirm', { word })}</span>
            <input type="text" autoComplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
          </label>
          <button type="submit" class="danger" disabled={typed.trim() !== word}>
            {t('lock.eraseNow')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
