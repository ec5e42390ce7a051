/** Adds a life event for this child, or edits one: a date to the day, month or year, and what happened. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { PARTIAL_DATE, type LifeEvent } from '../records/model';
import { repo } from '../vault/session';

export function LifeEventForm({ childRef, editing, onDone }: { childRef: string; editing: LifeEvent | null; onDone: () => void }) {
  const t = useT();
  const [date, setDate] = useState(editing?.content.date ?? '');
  const [description, setDescription] = useState(editing?.content.description ?? '');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!PARTIAL_DATE.test(date.trim())) return setError(t('pattern.dateInvalid'));
    if (!description.trim()) return setError(t('pattern.eventMissing'));
    await repo.saveEvent({ childRef: editing?.content.childRef ?? childRef, date: date.trim(), description: description.trim() }, editing?.id);
    setDate('');
    setDescription('');
    setError('');
    onDone();
  };
  const title = editing ? t('pattern.editTitle') : t('pattern.add');
  return (
    <form class="life-event-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <label class="field">
        <span>{t('pattern.date')}</span>
        <input type="text" inputMode="numeric" value={date} autoComplete="off" aria-describedby="event-date-hint" aria-invalid={error === t('pattern.dateInvalid') || undefined} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <p id="event-date-hint" class="hint">
        {t('pattern.dateHint')}
      </p>
      <label class="field">
        <span>{t('pattern.event')}</span>
        <input type="text" value={description} spellcheck={false} autoComplete="off" aria-describedby="event-hint" onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      <p id="event-hint" class="hint">
        {t('pattern.eventHint')}
      </p>
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="session-controls">
        <button type="submit">{editing ? t('pattern.save') : t('pattern.add')}</button>
        {editing ? (
          <button type="button" class="secondary" onClick={onDone}>
            {t('notes.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
