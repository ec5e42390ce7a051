/** Step 2: what. Search as you type within the active bands, browse by level, or "none of these fits". Never auto-picks. */
import { useMemo } from 'preact/hooks';
import type { Band, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import type { ActNowCue } from '../search/act-now';
import { whenIdle } from '../ui/idle';
import { lazyChunk } from '../ui/lazy-chunk';
import { LevelBadge, LevelShape } from '../ui/LevelBadge';
import type { Candidates } from '../search/candidates';
import { levelById, levelsByRank } from '../rules/levels';

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

/** The search engine is a chunk of its own, fetched when the browser is idle or when this step first shows: the age field never waits for it. */
const searchChunk = lazyChunk(() => import('../search/candidates'));
export const prefetchSearch = () => whenIdle(() => void searchChunk.load().catch(() => undefined));
const NOTHING_YET: Candidates = { list: [], good: true, cue: null };

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
  const engine = searchChunk.use(true);
  const { query, browseLevel } = state;
  const { list, good, cue } = useMemo(() => (engine ? engine.candidates(pack, bands, { query, browseLevel }, childAge) : NOTHING_YET), [engine, pack, bands, childAge, query, browseLevel]);
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
          onFocus={() => engine?.indexFor(pack)}
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
          : !engine
            ? t('common.loading')
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
