/** Retention covers life events too: past the reminder age they are counted, and deleted only after a confirmation. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { ConfirmDelete } from './ConfirmDelete';
import { retentionDays } from '../core/prefs';
import { olderThan } from '../records/note-queries';
import { repo } from '../vault/session';

export function OldLifeEvents() {
  const t = useT();
  const [old, setOld] = useState<string[]>([]);
  useEffect(() => {
    const sub = liveQuery(() => repo.listEventMeta()).subscribe({ next: (metas) => setOld(olderThan(metas, retentionDays()).map((m) => m.id)), error: () => setOld([]) });
    return () => sub.unsubscribe();
  }, []);
  if (!old.length) return null;
  return (
    <div class="notice notice-warning" role="status">
      <p>{t('notes.oldEvents', { count: old.length, days: retentionDays() })}</p>
      <ConfirmDelete label={t('notes.deleteOldEvents')} question={t('notes.deleteEventsConfirm', { count: old.length })} yes={t('notes.deleteYes')} onDelete={() => repo.deleteEvents(old)} />
    </div>
  );
}
