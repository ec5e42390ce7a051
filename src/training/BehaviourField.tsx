/** The scenario's behaviour: the app's own search over the bands for the age, or a choice from the table for that age. */
import { useMemo, useState } from 'preact/hooks';
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { initialBehaviourState } from '../triage/BehaviourStep';
import type { Candidates } from '../search/candidates';
import { bandsInPlay } from '../rules/bands';
import { levelById, levelsByRank } from '../rules/levels';
import { lazyChunk } from '../ui/lazy-chunk';
import { LevelBadge } from '../ui/LevelBadge';
import { behavioursForAge } from '../scenarios/draft';

/** The same chunk the behaviour step fetches: the search engine and what it lists. */
const searchChunk = lazyChunk(() => import('../search/candidates'));
const NOTHING: Candidates = { list: [], good: true, cue: null };

export function BehaviourField({ pack, age, behaviourId, onChoose, error }: { pack: TrafficLightPack; age: number | null; behaviourId: string | null; onChoose: (id: string | null) => void; /** The id of the message saying what is missing, once a save was tried. */ error?: string }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const engine = searchChunk.use(true);
  const bands = useMemo(() => (age === null ? [] : bandsInPlay(pack, { age })), [pack, age]);
  const { list, good } = useMemo(
    () => (engine && bands.length && query.trim() ? engine.candidates(pack, bands, { ...initialBehaviourState, query }, age) : NOTHING),
    [engine, pack, bands, query, age],
  );
  const inTable = behavioursForAge(pack, age);
  const chosen = inTable.find((b) => b.id === behaviourId) ?? null;
  const stale = behaviourId !== null && !chosen && age !== null;
  const bandSuffix = (band: string) => (bands.length > 1 ? ` ${t('classify.what.inBand', { band: pack.bands.find((b) => b.id === band)?.label ?? band })}` : '');

  return (
    <div class="behaviour-field">
      <label class="field">
        <span>{t('training.form.behaviour')}</span>
        <input
          id="scenario-behaviour"
          type="search"
          value={query}
          autoComplete="off"
          spellcheck={false}
          disabled={age === null}
          aria-describedby={error ? `scenario-behaviour-hint ${error}` : 'scenario-behaviour-hint'}
          aria-invalid={error ? true : undefined}
          onFocus={() => engine?.indexFor(pack)}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      <p id="scenario-behaviour-hint" class="hint">
        {age === null ? t('training.form.ageFirst') : t('training.form.behaviourHint')}
      </p>
      <p class={good ? 'hint' : 'notice'} aria-live="polite">
        {query.trim() && age !== null ? (!engine ? t('common.loading') : good ? t('classify.what.count', { count: list.length }) : t('training.form.noGoodMatch', { query: query.trim() })) : ''}
      </p>
      {list.length ? (
        <ul class="matches" aria-label={t('classify.what.matches')}>
          {list.map((b) => (
            <li key={b.id} class={b.id === behaviourId ? 'match selected' : 'match'}>
              <button type="button" aria-pressed={b.id === behaviourId} onClick={() => onChoose(b.id)}>
                <span class="match-text">{b.text}</span> <LevelBadge level={levelById(pack, b.level)} suffix={bandSuffix(b.band).trim() || undefined} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label class="field">
        <span>{age === null ? t('training.form.tableNoAge') : t('training.form.table', { age })}</span>
        <select value={chosen?.id ?? ''} disabled={age === null} onChange={(e) => onChoose(e.currentTarget.value || null)}>
          <option value="">{t('training.form.tableNone')}</option>
          {levelsByRank(pack).map((level) => (
            <optgroup key={level.id} label={level.label}>
              {inTable
                .filter((b) => b.level === level.id)
                .map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.text}
                    {bandSuffix(b.band)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <p class="chosen-behaviour" aria-live="polite">
        {chosen ? (
          <>
            <strong>{t('training.form.chosen')}</strong> {chosen.text} <LevelBadge level={levelById(pack, chosen.level)} />
          </>
        ) : stale ? (
          t('training.form.notInTable', { age })
        ) : (
          t('training.form.noneChosen')
        )}
      </p>
    </div>
  );
}
