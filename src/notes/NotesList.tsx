/** The notes list: newest first, level and status, filters, search (decrypted in memory), counts, retention, export and import. */
import { liveQuery } from 'dexie';
import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePacks } from '../core/packs';
import { formatDate, useT } from '../i18n';
import { LevelBadge } from '../ui/LevelBadge';
import { ExportDialog } from './ExportDialog';
import { ConfirmDelete } from './ConfirmDelete';
import { LockNowButton } from './LockNowButton';
import { OldLifeEvents } from './OldLifeEvents';
import { ChangePassphrase } from '../lock/ChangePassphrase';
import { ImportBackup } from './ImportBackup';
import { INCIDENT_TEMPLATE, type Note } from '../records/model';
import { useTemplates } from '../records/templates';
import { retentionDays } from '../core/prefs';
import { olderThan, searchNotes } from '../records/note-queries';
import { changePassphraseWith, repo } from '../vault/session';

/** Notes rendered at a time: a list of thousands would take seconds to lay out on a cheap phone. */
const PAGE = 50;

export function NotesList() {
  const t = useT();
  const packs = usePacks();
  const { route } = useLocation();
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState('');
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [exporting, setExporting] = useState<string[] | null>(null);

  const [complete, setComplete] = useState(false);
  const templates = useTemplates();
  const [template, setTemplate] = useState(INCIDENT_TEMPLATE);
  const [limit, setLimit] = useState(PAGE);

  useEffect(() => {
    let live = true;
    let sub: { unsubscribe(): void } | null = null;
    const done = (all: Note[]) => {
      setNotes(all);
      setComplete(true);
    };
    // The newest page decrypts first, alone, so the list shows at once; then the full set, for search, filters and counts.
    // liveQuery keeps two tabs consistent: Dexie tells other tabs about writes.
    const subscribe = () => {
      if (live) sub = liveQuery(() => repo.list()).subscribe({ next: done, error: () => done([]) });
    };
    repo
      .list(PAGE)
      .then((first) => live && setNotes((current) => current ?? first))
      .catch(() => undefined)
      .finally(() => setTimeout(subscribe));
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, []);

  const shown = useMemo(() => searchNotes(notes ?? [], query).filter((n) => (!level || n.levelId === level) && (!status || n.status === status)), [notes, query, level, status]);
  if (!notes) return <p role="status">{t('common.loading')}</p>;
  const levels = packs?.trafficLight.levels ?? [];
  const old = complete ? olderThan(notes, retentionDays()) : [];
  const toggle = (id: string) => setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const exportSet = selected.length ? notes.filter((n) => selected.includes(n.id)) : shown;

  return (
    <div class="notes-list">
      <div class="session-controls">
        <div class="field template-choice">
          <label for="note-template">{t('notes.template')}</label>
          <select id="note-template" value={template} onChange={(e) => setTemplate(e.currentTarget.value)}>
            {[...(templates?.values() ?? [])].sort((a, b) => Number(b.id === INCIDENT_TEMPLATE) - Number(a.id === INCIDENT_TEMPLATE)).map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => route(template === INCIDENT_TEMPLATE ? '/notes/new' : `/notes/new?template=${encodeURIComponent(template)}`)}>
          {t('notes.new')}
        </button>
        <button type="button" class="secondary" disabled={!complete || !exportSet.length} onClick={() => setExporting(exportSet.map((n) => n.id))}>
          {t('notes.export')}
        </button>
        <a class="button secondary-link" href="/notes/pattern-map">
          {t('pattern.link')}
        </a>
        <LockNowButton />
      </div>
      {old.length ? (
        <div class="notice notice-warning" role="status">
          <p>{t('notes.retention', { count: old.length, days: retentionDays() })}</p>
          <button type="button" class="secondary" onClick={() => setSelected(old.map((n) => n.id))}>
            {t('notes.selectOld')}
          </button>
        </div>
      ) : null}
      <OldLifeEvents />
      {selected.length ? (
        <ConfirmDelete label={t('notes.deleteOld')} question={t('notes.deleteConfirm', { count: selected.length })} yes={t('notes.deleteYes')} onDelete={() => repo.delete(selected).then(() => setSelected([]))} />
      ) : null}
      <div class="filters">
        <label class="field">
          <span>{t('notes.search')}</span>
          <input type="search" value={query} autoComplete="off" spellcheck={false} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('notes.filterLevel')}</span>
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
            <option value="">{t('notes.any')}</option>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('notes.filterStatus')}</span>
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{t('notes.any')}</option>
            <option value="draft">{t('notes.status.draft')}</option>
            <option value="exported">{t('notes.status.exported')}</option>
          </select>
        </label>
      </div>
      <p role="status">{complete ? t('notes.count', { shown: shown.length, total: notes.length, selected: selected.length }) : t('notes.decrypting')}</p>
      <ul class="notes-items" aria-label={t('notes.listLabel')}>
        {shown.slice(0, limit).map((n) => {
          const lv = levels.find((l) => l.id === n.levelId);
          return (
            <li key={n.id}>
              <input type="checkbox" checked={selected.includes(n.id)} onChange={() => toggle(n.id)} aria-label={t('notes.select', { name: n.content.childRef || t('notes.untitled') })} />
              <a href={`/notes/${n.id}`}>
                <span class="note-title">{n.content.childRef || t('notes.untitled')}</span> {lv ? <LevelBadge level={lv} /> : null}{' '}
                <span class="note-status">{t(`notes.status.${n.status}`)}</span>{' '}
                <span class="hint">{formatDate(n.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {shown.length > limit ? (
        <button type="button" class="secondary" onClick={() => setLimit(limit + PAGE)}>
          {t('notes.showMore', { count: Math.min(PAGE, shown.length - limit) })}
        </button>
      ) : null}
      <ImportBackup />
      <ChangePassphrase onChange={changePassphraseWith} />
      {exporting ? (
        <ExportDialog ids={exporting} onClose={() => setExporting(null)} onDeleted={() => setSelected([])} />
      ) : null}
    </div>
  );
}
