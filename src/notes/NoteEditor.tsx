/** The note editor: every change autosaves (debounced), flushes on hide/close/lock, and keeps text on screen if a write fails. */
import { useLatest } from '../ui/use-latest';
import { useEffect, useRef, useState } from 'preact/hooks';
import { addReloadGuard } from '../core/pwa';
import { formatDate, useT } from '../i18n';
import { StorageFullError } from '../vault/db';
import type { Note, NoteContent } from '../records/model';
import type { NoteTemplate } from '../records/template-schema';
import { TemplateFields } from './TemplateFields';
import { holdUnsaved, registerFlush, repo } from '../vault/session';

export const AUTOSAVE_MS = 400;
type Status = 'saved' | 'saving' | 'error-full' | 'error';

export function NoteEditor({ note, template }: { note: Note; template: NoteTemplate }) {
  const t = useT();
  const [content, setContent] = useState(note.content);
  const [status, setStatus] = useState<Status>('saved');
  const latest = useRef(content);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    const snapshot = latest.current;
    setStatus('saving');
    try {
      await repo.save(note.id, snapshot);
      if (latest.current === snapshot) dirty.current = false;
      setStatus(dirty.current ? 'saving' : 'saved');
    } catch (e) {
      await holdUnsaved(note.id, snapshot);
      setStatus(e instanceof StorageFullError ? 'error-full' : 'error');
      // Retry later; the text stays on screen meanwhile.
      timer.current = setTimeout(() => void flush(), 5_000);
    }
  };

  const latestFlush = useLatest(flush);
  useEffect(() => {
    const flush = () => latestFlush.current();
    const unregister = registerFlush(flush, async () => {
      if (dirty.current) await holdUnsaved(note.id, latest.current);
    });
    const unguard = addReloadGuard(async () => {
      await flush();
      return !dirty.current;
    });
    return () => {
      unregister();
      unguard();
      void flush();
    };
  }, [note.id, latestFlush]);

  const update = (patch: Partial<NoteContent>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    dirty.current = true;
    setContent(next);
    setStatus('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const k = content.classification;
  return (
    <form class="note-editor" onSubmit={(e) => e.preventDefault()} aria-label={t('notes.editorLabel')}>
      <p class="save-status" role="status">
        {status === 'saved' ? t('notes.saved') : status === 'saving' ? t('notes.saving') : ''}
      </p>
      <div role="alert">{status === 'error-full' ? <p class="notice notice-danger">{t('notes.storageFull')}</p> : status === 'error' ? <p class="notice notice-danger">{t('notes.writeFailed')}</p> : null}</div>
      {k ? (
        <section class="note-classification" aria-label={t('notes.classification')}>
          <h2>{t('notes.classification')}</h2>
          <p>
            <strong>{k.levelLabel}</strong>
            {k.provisional ? ` — ${t('result.provisional')}` : ''} — {k.behaviourText}
          </p>
          <ul>
            {k.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {k.judgement ? <p>{t('notes.practitionerJudgement', { level: k.judgement.levelLabel, reason: k.judgement.reason })}</p> : null}
          <p class="hint">{t('notes.frameworkLine', { framework: k.framework, pack: k.packId, version: k.packVersion })}</p>
        </section>
      ) : null}
      <p class="hint">
        {t('notes.writtenAt', { date: formatDate(content.writtenAt, { dateStyle: 'medium', timeStyle: 'short' }) })} · {t('notes.recordType', { template: template.label })}
      </p>
      <label class="field">
        <span>{t('notes.field.childRef')}</span>
        <span id="hint-childRef" class="hint">
          {t('notes.hint.childRef')}
        </span>
        <input type="text" value={content.childRef} spellcheck={false} autoComplete="off" aria-describedby="hint-childRef" onInput={(e) => update({ childRef: e.currentTarget.value })} />
      </label>
      <label class="field">
        <span>{t('notes.field.observedAt')}</span>
        {content.observedAt ? null : (
          <span id="observed-missing" class="field-missing">
            {t('notes.observedMissing')}
          </span>
        )}
        <input
          type="datetime-local"
          value={content.observedAt}
          max={new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16)}
          aria-describedby={content.observedAt ? undefined : 'observed-missing'}
          onInput={(e) => update({ observedAt: e.currentTarget.value })}
        />
      </label>
      <TemplateFields template={template} values={content.fields} onChange={(id, value) => update({ fields: { ...latest.current.fields, [id]: value } })} />
      <p class="hint">{t('notes.noPhotos')}</p>
    </form>
  );
}
