/** The note editor: every change autosaves (debounced), flushes on hide/close/lock, and keeps text on screen if a write fails. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addReloadGuard } from '../app/pwa';
import { formatDate, useT } from '../i18n';
import { StorageFullError } from './db';
import type { Note, NoteContent } from './model';
import { holdUnsaved, registerFlush, repo } from './session';

export const AUTOSAVE_MS = 400;
type Status = 'saved' | 'saving' | 'error-full' | 'error';

const FIELDS: { key: keyof NoteContent; multiline: boolean }[] = [
  { key: 'childRef', multiline: false },
  { key: 'setting', multiline: false },
  { key: 'otherChildren', multiline: false },
  { key: 'otherChildDetails', multiline: true },
  { key: 'whatHappened', multiline: true },
  { key: 'childsWords', multiline: true },
  { key: 'professionalJudgement', multiline: true },
  { key: 'actionTaken', multiline: true },
  { key: 'safetySteps', multiline: true },
  { key: 'whoInformed', multiline: true },
  { key: 'nextSteps', multiline: true },
];

export function NoteEditor({ note }: { note: Note }) {
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

  useEffect(() => {
    const unregister = registerFlush(flush);
    const unguard = addReloadGuard(async () => {
      await flush();
      return !dirty.current;
    });
    return () => {
      unregister();
      unguard();
      void flush();
    };
  }, [note.id]);

  const update = (key: keyof NoteContent, value: string) => {
    const next = { ...latest.current, [key]: value };
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
            {k.provisional ? ` ${t('result.provisional')}` : ''} — {k.behaviourText}
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
      <p class="hint">{t('notes.writtenAt', { date: formatDate(content.writtenAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
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
          onInput={(e) => update('observedAt', e.currentTarget.value)}
        />
      </label>
      {FIELDS.map(({ key, multiline }) => {
        const value = content[key] as string;
        const hintId = `hint-${key}`;
        const hint = t(`notes.hint.${key}`, { defaultValue: '' });
        return (
          <label class="field" key={key}>
            <span>{t(`notes.field.${key}`)}</span>
            {hint ? (
              <span id={hintId} class="hint">
                {hint}
              </span>
            ) : null}
            {multiline ? (
              <textarea rows={4} value={value} spellcheck={false} autoComplete="off" aria-describedby={hint ? hintId : undefined} onInput={(e) => update(key, e.currentTarget.value)} />
            ) : (
              <input type="text" value={value} spellcheck={false} autoComplete="off" aria-describedby={hint ? hintId : undefined} onInput={(e) => update(key, e.currentTarget.value)} />
            )}
          </label>
        );
      })}
      <p class="hint">{t('notes.noPhotos')}</p>
    </form>
  );
}
