/** /notes, /notes/new and /notes/<id>: set-up or unlock first, then the list or the editor. Lazy: Dexie loads only here. */
import { useLatest } from '../ui/use-latest';
import './strings';
import { liveQuery } from 'dexie';
import { useLocation, useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { usePacks } from '../core/packs';
import { useTitle } from '../core/title';
import { formatDate, useT } from '../i18n';
import { SetupForm, UnlockForm } from '../lock/LockScreens';
import { LevelBadge } from '../ui/LevelBadge';
import { ExportDialog } from './ExportDialog';
import { LockNowButton } from './LockNowButton';
import { INCIDENT_TEMPLATE, type ClassificationSnapshot, type Note } from '../records/model';
import { templateFor, useTemplates } from '../records/templates';
import { NoteEditor } from './NoteEditor';
import { PatternMapRoute } from './PatternMap';
import { NotesList } from './NotesList';
import { eraseEverything, repo, setUpWith, unlockWith, useNotesSession } from '../vault/session';
import { cameFromResult, takeSnapshot } from '../records/handover';
import './notes.css';

export function NotesPage() {
  const t = useT();
  const session = useNotesSession();
  const { params } = useRoute();
  const title = params.id === 'pattern-map' ? t('pattern.title') : params.id ? t('notes.editTitle') : t('notes.title');
  useTitle(title);
  if (session.setUp === null) return <p role="status">{t('common.loading')}</p>;
  // While a lock waits for saves, nothing decrypted stays on screen.
  if (session.locking)
    return (
      <div class="page notes">
        <h1>{title}</h1>
        <p role="status">{t('lock.locking')}</p>
      </div>
    );
  return (
    <div class="page notes">
      <h1>{title}</h1>
      {!session.setUp ? (
        <SetupForm onSetUp={setUpWith} />
      ) : !session.unlocked ? (
        <UnlockForm onUnlock={unlockWith} onErase={eraseEverything} />
      ) : params.id === 'pattern-map' ? (
        <PatternMapRoute />
      ) : params.id ? (
        <EditorRoute id={params.id} />
      ) : (
        <NotesList />
      )}
    </div>
  );
}

/** "new" creates a note (carrying any result handed over) and replaces the URL with its id. */
function EditorRoute({ id }: { id: string }) {
  const t = useT();
  const { route, query } = useLocation();
  const packs = usePacks();
  const templates = useTemplates();
  const [note, setNote] = useState<Note | null | undefined>(undefined);
  const [exporting, setExporting] = useState(false);
  const [handOverLost, setHandOverLost] = useState(false);
  const createNote = (classification: ClassificationSnapshot | null, isLive = () => true) =>
    void repo.create({ templateId: query.template || INCIDENT_TEMPLATE, classification }).then((n) => isLive() && route(`/notes/${n.id}`, true));
  const latest = useLatest({ createNote, query });
  useEffect(() => {
    let live = true;
    const { createNote, query } = latest.current;
    if (id === 'new') {
      const classification = takeSnapshot();
      // A result is held only in memory: after a reload or a lock it is gone, and an empty note would hide that.
      if (!classification && cameFromResult(query)) setHandOverLost(true);
      else createNote(classification, () => live);
      return () => void (live = false);
    }
    // A failed re-read keeps the open note: another tab re-keying rewrites it under a key this tab adopts a moment
    // later (its message can arrive after Dexie's change event), and the editor must not vanish under the typist.
    const sub = liveQuery(() => repo.get(id)).subscribe({ next: (n) => live && setNote((prev) => (prev && n ? prev : n)), error: () => live && setNote((prev) => prev ?? null) });
    return () => {
      live = false;
      sub.unsubscribe();
    };
  }, [id, latest]);
  if (handOverLost && id === 'new') return <HandOverLost onEmptyNote={() => createNote(null)} />;
  if (id === 'new' || note === undefined || !templates) return <p role="status">{t('common.loading')}</p>;
  if (note === null) return <p role="alert">{t('notes.notFound')}</p>;
  const level = packs?.trafficLight.levels.find((l) => l.id === note.levelId);
  return (
    <>
      <div class="session-controls">
        <a href="/notes">{t('notes.back')}</a>
        <button type="button" class="secondary" onClick={() => setExporting(true)}>
          {t('notes.export')}
        </button>
        <LockNowButton />
      </div>
      <p class="hint">
        {level ? <LevelBadge level={level} /> : null} {t('notes.createdAt', { date: formatDate(note.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      <NoteEditor note={note} template={templateFor(templates, note.content.templateId)} />
      {exporting ? (
        <ExportDialog ids={[note.id]} onClose={() => setExporting(false)} onDeleted={() => route('/notes')} />
      ) : null}
    </>
  );
}

/** Says plainly that the result to save is gone (reload, lock or page hide), rather than opening an empty note. */
function HandOverLost({ onEmptyNote }: { onEmptyNote: () => void }) {
  const t = useT();
  return (
    <div class="notice notice-warning" role="alert">
      <p>{t('notes.handOverLost')}</p>
      <div class="session-controls">
        <a class="button" href="/classify">
          {t('notes.classifyAgain')}
        </a>
        <button type="button" class="secondary" onClick={onEmptyNote}>
          {t('notes.emptyNote')}
        </button>
      </div>
    </div>
  );
}
