/** Notes settings that need no Dexie: auto-lock minutes, retention days, and this device's storage status. */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { idleMinutes, retentionDays, setIdleMinutes, setRetentionDays } from '../core/prefs';

interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export function NotesSettings() {
  const t = useT();
  const [minutes, setMinutes] = useState(idleMinutes);
  const [days, setDays] = useState(retentionDays);
  const [storage, setStorage] = useState<StorageInfo>({ persisted: null, usage: null, quota: null });
  const refresh = async () => {
    const s = navigator.storage;
    const [persisted, estimate] = await Promise.all([s?.persisted?.() ?? null, s?.estimate?.() ?? null]);
    setStorage({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
  };
  useEffect(() => void refresh(), []);
  const mb = (n: number | null) => (n === null ? '?' : new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(n / 1_048_576));
  return (
    <>
      <h2>{t('settings.notesTitle')}</h2>
      <label class="field">
        <span>{t('settings.lockMinutes')}</span>
        <input
          type="number"
          min={1}
          max={30}
          value={minutes}
          onChange={(e) => {
            setIdleMinutes(Number(e.currentTarget.value));
            setMinutes(idleMinutes());
          }}
        />
      </label>
      <label class="field">
        <span>{t('settings.retentionDays')}</span>
        <input
          type="number"
          min={7}
          max={90}
          value={days}
          onChange={(e) => {
            setRetentionDays(Number(e.currentTarget.value));
            setDays(retentionDays());
          }}
        />
      </label>
      <h3>{t('settings.storageTitle')}</h3>
      <p>{storage.persisted === null ? t('settings.storageUnknown') : storage.persisted ? t('settings.storagePersistent') : t('settings.storageBestEffort')}</p>
      <p>{t('settings.storageUsage', { usage: mb(storage.usage), quota: mb(storage.quota) })}</p>
      {storage.persisted === false ? (
        <button type="button" class="secondary" onClick={() => void navigator.storage.persist().then(refresh)}>
          {t('settings.askPersist')}
        </button>
      ) : null}
    </>
  );
}
