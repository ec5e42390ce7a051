/** Step 2: what. Search as you type within the active bands, browse by level, or "none of these fits". Never auto-picks. */
import { useMemo } from 'preact/hooks';
import type { Band, Behaviour, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { buildSearchIndex, matchesWell, searchBehaviours, type SearchIndex } from '../search';
import { actNowCue, type ActNowCue } from '../search/act-now';
import { closestByLetters } from '../search/closest';
import { ageWords } from '../search/stated-ages';
import { LevelBadge, LevelShape } from '../ui/LevelBadge';
import { ADULT_AGE, levelById, levelsByRank } from './levels';

export interface BehaviourState {
  query: string;
  /** Level id to browse, or null for search only. */
  browseLevel: string | null;
  selectedId: string | null;
  noneFits: boolean;
  ownWords: string;
  chosenLevelId: string | null;
  /** "None of these fits" first asks whether an adult or a disclosure is involved; "No" opens the description. */
  neitherAdultNorDisclosure: boolean;
}

export const initialBehaviourState: BehaviourState = { query: '', browseLevel: null, selectedId: null, noneFits: false, ownWords: '', chosenLevelId: null, neitherAdultNorDisclosure: false };

const indexCache = new WeakMap<TrafficLightPack, SearchIndex>();
/** Built on first use (the first keystroke or focus), not at start-up. */
export function indexFor(pack: TrafficLightPack): SearchIndex {
  let index = indexCache.get(pack);
  if (!index) indexCache.set(pack, (index = buildSearchIndex(pack.behaviours, pack.vocabulary)));
  return index;
}

/** How many matches show at most, and how close to the best a match must come to be listed with it. */
const MAX_SHOWN = 8;
const NEAR_BEST = 0.3;
const CLOSEST = 5;

export interface Candidates {
  list: Behaviour[];
  /** False when nothing matches well: the list then holds the closest entries for the band. */
  good: boolean;
  cue: ActNowCue | null;
}

/**
 * Candidates: ranked search hits, the closest entries when none is good, or every behaviour of the browsed level.
 * The child's age lets an age stated in the query ("with a 3 year old") count as the pack's word for it.
 */
export function candidates(pack: TrafficLightPack, bands: readonly Band[], state: BehaviourState, childAge: number | null = null): Candidates {
  const bandIds = bands.map((b) => b.id);
  const levels = state.browseLevel ? [state.browseLevel] : undefined;
  if (state.query.trim()) {
    const index = indexFor(pack);
    const extraWords = ageWords(pack.vocabulary, state.query, childAge, ADULT_AGE);
    const hits = searchBehaviours(index, state.query, { bands: bandIds, levels, extraWords });
    const cue = actNowCue(pack.vocabulary, state.query, ADULT_AGE);
    if (matchesWell(index, hits)) {
      const best = hits[0]!.score;
      return { list: hits.filter((h) => h.score >= NEAR_BEST * best).slice(0, MAX_SHOWN).map((h) => h.behaviour), good: true, cue };
    }
    const inPlay = pack.behaviours.filter((b) => bandIds.includes(b.band) && (!levels || levels.includes(b.level)));
    const closest = hits.length ? hits.slice(0, CLOSEST).map((h) => h.behaviour) : closestByLetters(inPlay, state.query, CLOSEST);
    return { list: closest, good: false, cue };
  }
  if (state.browseLevel) return { list: pack.behaviours.filter((b) => bandIds.includes(b.band) && b.level === state.browseLevel), good: true, cue: null };
  return { list: [], good: true, cue: null };
}

export function BehaviourStep({
  pack,
  bands,
  childAge,
  state,
  onChange,
}: {
  pack: TrafficLightPack;
  bands: readonly Band[];
  childAge: number | null;
  state: BehaviourState;
  onChange: (s: BehaviourState) => void;
}) {
  const t = useT();
  const { list, good, cue } = useMemo(() => candidates(pack, bands, state, childAge), [pack, bands, childAge, state.query, state.browseLevel]);
  const mixedLevels = new Set(list.map((b) => b.level)).size > 1;
  const showBand = bands.length > 1;
  const bandLabel = (id: string) => pack.bands.find((b) => b.id === id)?.label ?? id;

  return (
    <fieldset class="step">
      <legend>
        <span class="step-number">2</span>
        {` ${t('classify.what.legend', { bands: bands.map((b) => b.label).join(t('common.and')) })}`}
      </legend>
      <label class="field">
        <span>{t('classify.what.search')}</span>
        <input
          type="search"
          value={state.query}
          autoComplete="off"
          spellcheck={false}
          placeholder={bands.find((b) => b.searchExample)?.searchExample ?? t('classify.what.placeholder')}
          onFocus={() => indexFor(pack)}
          onInput={(e) => onChange({ ...state, query: e.currentTarget.value })}
        />
      </label>
      <fieldset class="choice-group level-filter">
        <legend>{t('classify.what.browse')}</legend>
        <label class="choice">
          <input type="radio" name="browse-level" checked={state.browseLevel === null} onChange={() => onChange({ ...state, browseLevel: null })} />
          <span>{t('classify.what.allLevels')}</span>
        </label>
        {levelsByRank(pack).map((level) => (
          <label class="choice" key={level.id}>
            <input type="radio" name="browse-level" checked={state.browseLevel === level.id} onChange={() => onChange({ ...state, browseLevel: level.id })} />
            <LevelShape level={level} />
            <span>{t('classify.what.onlyLevel', { level: level.label })}</span>
          </label>
        ))}
      </fieldset>
      {cue ? <ActNowPrompt cue={cue} /> : null}
      <p class={good ? 'hint' : 'notice'} aria-live="polite">
        {!state.query.trim() && !state.browseLevel
          ? t('classify.what.startTyping')
          : good
            ? t('classify.what.count', { count: list.length })
            : t('classify.what.noGoodMatch', { query: state.query.trim() })}
      </p>
      {mixedLevels ? <p class="hint">{t('classify.what.mixed')}</p> : null}
      <ul class="matches" aria-label={t('classify.what.matches')}>
        {list.map((b) => {
          const level = levelById(pack, b.level);
          const selected = state.selectedId === b.id && !state.noneFits;
          return (
            <li key={b.id} class={selected ? 'match selected' : 'match'}>
              <button type="button" aria-pressed={selected} onClick={() => onChange({ ...state, selectedId: b.id, noneFits: false })}>
                <span class="match-text">{b.text}</span>{' '}
                <LevelBadge level={level} suffix={showBand ? t('classify.what.inBand', { band: bandLabel(b.band) }) : undefined} />
              </button>
              {mixedLevels && b.keyFact ? <p class="key-fact">{b.keyFact}</p> : null}
            </li>
          );
        })}
      </ul>
      <button type="button" class="secondary" aria-expanded={state.noneFits} onClick={() => onChange({ ...state, noneFits: !state.noneFits, selectedId: null })}>
        {t('classify.what.noneFits')}
      </button>
      {state.noneFits ? <NoneFits pack={pack} state={state} onChange={onChange} /> : null}
    </fieldset>
  );
}

/** A query that sounds like an adult's involvement or a disclosure: the act-now route comes first, beside the matches. */
function ActNowPrompt({ cue }: { cue: ActNowCue }) {
  const t = useT();
  return (
    <div class="notice notice-danger act-now-prompt">
      <p>
        <strong>{t(`classify.what.actNow.${cue}`)}</strong>
      </p>
      <a class="button danger" href={`/urgent?because=${cue}`}>
        {t('classify.what.actNowLink')}
      </a>
    </div>
  );
}

function NoneFits({ pack, state, onChange }: { pack: TrafficLightPack; state: BehaviourState; onChange: (s: BehaviourState) => void }) {
  const t = useT();
  if (!state.neitherAdultNorDisclosure) {
    return (
      <div class="none-fits none-fits-gate" role="group" aria-labelledby="none-fits-gate">
        <p id="none-fits-gate">
          <strong>{t('classify.none.gate')}</strong>
        </p>
        <p class="hint">{t('classify.none.gateHint')}</p>
        <ul class="gate-choices">
          <li>
            <a class="button danger" href="/urgent?because=adult">
              {t('classify.none.yesAdult')}
            </a>
          </li>
          <li>
            <a class="button danger" href="/urgent?because=disclosure">
              {t('classify.none.yesDisclosure')}
            </a>
          </li>
          <li>
            <button type="button" class="secondary" onClick={() => onChange({ ...state, neitherAdultNorDisclosure: true })}>
              {t('classify.none.no')}
            </button>
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div class="none-fits">
      <label class="field">
        <span>{t('classify.none.describe')}</span>
        <textarea rows={3} value={state.ownWords} onInput={(e) => onChange({ ...state, ownWords: e.currentTarget.value })} />
      </label>
      <p class="hint">{t('classify.none.privacy')}</p>
      <fieldset class="choice-group">
        <legend>{t('classify.none.pick')}</legend>
        {levelsByRank(pack).map((level) => (
          <label class="choice level-description" key={level.id}>
            <input type="radio" name="none-fits-level" checked={state.chosenLevelId === level.id} onChange={() => onChange({ ...state, chosenLevelId: level.id })} />
            <span>
              <LevelBadge level={level} />
              <span class="description">
                {level.description.summary} {level.description.points.join('; ')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
