/**
 * /notes/pattern-map: life events and incidents for one child on one time axis, as an SVG drawing and a table
 * beside it, with life events added, edited and deleted here (encrypted like notes). The child reference stays in
 * component state, never in the URL, so it reaches neither history nor synced browser history.
 */
import { liveQuery } from 'dexie';
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { usePacks } from '../core/packs';
import { useT } from '../i18n';
import { ConfirmDelete } from './ConfirmDelete';
import { deliver } from '../ui/deliver';
import type { LifeEvent, Note } from '../records/model';
import { PatternMapDrawing } from './PatternMapDrawing';
import { LifeEventForm } from './LifeEventForm';
import { repo } from '../vault/session';
import { timeline, timelineAsCsv, timelineAsText, type TimelineLabels } from '../records/timeline';
import './pattern-map.css';

export function PatternMapRoute() {
  const { query, path, route } = useLocation();
  const [childRef, setChildRef] = useState(() => (query.ref ?? '').trim());
  // An older link or bookmark may carry ?ref=: it still opens the map, and the reference leaves the address at once.
  const hasRef = query.ref !== undefined;
  useEffect(() => {
    if (hasRef) route(path, true);
  }, [hasRef, path, route]);
  return childRef ? <PatternMap childRef={childRef} onAnother={() => setChildRef('')} /> : <AskForReference onShow={setChildRef} />;
}

/** The map is always for one child: the reference comes first. */
function AskForReference({ onShow }: { onShow: (ref: string) => void }) {
  const t = useT();
  const [ref, setRef] = useState('');
  return (
    <form
      class="pattern-ask"
      onSubmit={(e) => {
        e.preventDefault();
        if (ref.trim()) onShow(ref.trim());
      }}
    >
      <h2>{t('pattern.title')}</h2>
      <p>{t('pattern.askIntro')}</p>
      <label class="field">
        <span>{t('notes.field.childRef')}</span>
        <input type="text" value={ref} spellcheck={false} autoComplete="off" required onInput={(e) => setRef(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('pattern.show')}</button>
    </form>
  );
}

function PatternMap({ childRef, onAnother }: { childRef: string; onAnother: () => void }) {
  const t = useT();
  const packs = usePacks();
  const [data, setData] = useState<{ notes: Note[]; events: LifeEvent[] } | null>(null);
  const [editing, setEditing] = useState<LifeEvent | null>(null);
  useEffect(() => {
    // liveQuery follows writes from this page and from other tabs.
    const sub = liveQuery(async () => ({ notes: await repo.list(), events: await repo.listEvents() })).subscribe({ next: setData, error: () => setData({ notes: [], events: [] }) });
    return () => sub.unsubscribe();
  }, []);
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const items = timeline(childRef, data.notes, data.events);
  const events = data.events.filter((e) => items.some((i) => i.id === e.id));
  const labels: TimelineLabels = {
    date: t('pattern.date'),
    lane: t('pattern.lane'),
    what: t('pattern.what'),
    laneNames: { event: t('pattern.laneEvent'), incident: t('pattern.laneIncident') },
    notRecorded: t('pattern.notRecorded'),
    title: t('pattern.for', { ref: childRef }),
    consent: t('pattern.consent'),
  };
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <div class="pattern-map">
      <div class="session-controls">
        <a href="/notes">{t('notes.back')}</a>
        <button type="button" class="secondary" onClick={onAnother}>
          {t('pattern.another')}
        </button>
      </div>
      <h2>{labels.title}</h2>
      <p class="notice notice-warning">{labels.consent}</p>
      <div class="pattern-layout">
        <PatternMapDrawing items={items} levels={packs?.trafficLight.levels ?? []} labels={labels} />
        <table class="pattern-table">
          <caption>{t('pattern.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.date}</th>
              <th scope="col">{labels.lane}</th>
              <th scope="col">{labels.what}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} class={`lane-${i.lane}`}>
                <td>{i.date.replace('T', ' ') || labels.notRecorded}</td>
                <td>{labels.laneNames[i.lane]}</td>
                <td>{i.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length === 0 ? <p>{t('pattern.empty')}</p> : null}
      <p class="hint">{t('pattern.prompts')}</p>
      <LifeEventForm key={editing?.id ?? 'new'} childRef={childRef} editing={editing} onDone={() => setEditing(null)} />
      {events.length ? (
        <>
          <h3>{t('pattern.eventsTitle')}</h3>
          <ul class="pattern-events">
            {events.map((e) => (
              <li key={e.id}>
                <span>
                  {e.content.date} — {e.content.description}
                </span>
                <button type="button" class="secondary" onClick={() => setEditing(e)} aria-label={t('pattern.editLabel', { event: e.content.description })}>
                  {t('pattern.edit')}
                </button>
                <ConfirmDelete
                  label={t('pattern.delete')}
                  ariaLabel={t('pattern.deleteLabel', { event: e.content.description })}
                  question={t('pattern.deleteConfirm', { event: e.content.description })}
                  yes={t('pattern.deleteYes')}
                  onDelete={() => repo.deleteEvents([e.id])}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="session-controls">
        <button type="button" class="secondary" onClick={() => void deliver(`pattern-map-${stamp}.txt`, 'text/plain', timelineAsText(childRef, items, labels))}>
          {t('pattern.exportText')}
        </button>
        <button type="button" class="secondary" onClick={() => void deliver(`pattern-map-${stamp}.csv`, 'text/csv', timelineAsCsv(items, labels))}>
          {t('pattern.exportCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('pattern.print')}
        </button>
      </div>
    </div>
  );
}
