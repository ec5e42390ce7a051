/** Retention covers life events too: past the reminder age they are counted, and deleted only after a confirmation. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { retentionDays } from './prefs';
import { olderThan } from './repository';
import { repo } from './session';

export function OldLifeEvents() {
  const t = useT();
  const [old, setOld] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    const sub = liveQuery(() => repo.listEventMeta()).subscribe({ next: (metas) => setOld(olderThan(metas, retentionDays()).map((m) => m.id)), error: () => setOld([]) });
    return () => sub.unsubscribe();
  }, []);
  if (!old.length) return null;
  return (
    <div class="notice notice-warning" role="status">
      <p>{t('notes.oldEvents', { count: old.length, days: retentionDays() })}</p>
      {asking ? (
        <div class="session-controls">
          <button type="button" class="danger" onClick={() => void repo.deleteEvents(old).then(() => setAsking(false))}>
            {t('notes.deleteYes')}
          </button>
          <button type="button" class="secondary" onClick={() => setAsking(false)}>
            {t('notes.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setAsking(true)}>
          {t('notes.deleteOldEvents')}
        </button>
      )}
    </div>
  );
}
