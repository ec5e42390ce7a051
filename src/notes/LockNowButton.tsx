/** "Lock now": saves pending text, then drops the key (in every tab). */
import { useT } from '../i18n';
import { lockNow } from '../vault/session';

export function LockNowButton() {
  const t = useT();
  return (
    <button type="button" class="secondary" onClick={() => void lockNow()}>
      {t('notes.lockNow')}
    </button>
  );
}
