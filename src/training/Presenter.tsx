/** Presenter view: one scenario at a time, group votes by level, reveal, and keyboard shortcuts (← → space, number keys by rank). */
import { useEffect } from 'preact/hooks';
import type { HackettPack, Level, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { levelsByRank } from '../rules/levels';
import { LevelBadge } from '../ui/LevelBadge';
import { Reveal } from './Reveal';
import { ScenarioCard } from './ScenarioCard';
import type { Scenario } from '../scenarios/schema';
import { current, next, previous, reveal, vote, type SessionState, type Tally } from '../scenarios/session';

/** Shortcuts are ignored while a form control has focus, so typing never votes. */
const inFormControl = (el: Element | null) => !!el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);

export function Presenter({
  pack,
  hackett,
  scenarios,
  state,
  onChange,
  showBehaviourEarly,
}: {
  pack: TrafficLightPack;
  hackett: HackettPack;
  scenarios: readonly Scenario[];
  state: SessionState;
  onChange: (update: (s: SessionState) => SessionState) => void;
  /** A presenter option: show the listed behaviour before the vote. */
  showBehaviourEarly: boolean;
}) {
  const t = useT();
  const id = current(state);
  const scenario = scenarios.find((s) => s.id === id);
  const levels = levelsByRank(pack);
  const revealed = id ? state.revealed[id] : false;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || inFormControl(document.activeElement)) return;
      // Updates are functional: two quick key presses must both count.
      if (e.key === 'ArrowRight') onChange(next);
      else if (e.key === 'ArrowLeft') onChange(previous);
      else if (e.key === ' ' && !(document.activeElement instanceof HTMLButtonElement)) onChange(reveal);
      else if (/^[1-9]$/.test(e.key)) {
        const level = levels[Number(e.key) - 1];
        if (level) onChange((s) => vote(s, level.id, 1, current(s) && s.revealed[current(s)!] ? 'second' : 'first'));
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChange, levels]);

  if (!scenario) return null;
  const first = state.votes[scenario.id] ?? {};
  const second = state.secondVotes[scenario.id] ?? {};
  return (
    <div class="presenter">
      <ScenarioCard pack={pack} scenario={scenario} position={state.index + 1} total={state.order.length} showBehaviour={revealed || showBehaviourEarly} />
      {/* The room's first vote stays on screen after the reveal, so it can be set beside the expected level. */}
      <VoteTally region={t('training.votes')} title={t('training.vote')} tally={first} levels={levels} onVote={revealed ? undefined : (id, delta) => onChange((s) => vote(s, id, delta, 'first'))} />
      {revealed ? <VoteTally region={t('training.secondVote')} title={t('training.secondVote')} tally={second} levels={levels} onVote={(id, delta) => onChange((s) => vote(s, id, delta, 'second'))} /> : null}
      <div class="session-controls">
        <button type="button" class="secondary" onClick={() => onChange(previous)} disabled={state.index === 0} aria-keyshortcuts="ArrowLeft">
          {t('training.previous')}
        </button>
        <button type="button" onClick={() => onChange(reveal)} disabled={revealed} aria-keyshortcuts="Space">
          {t('training.reveal')}
        </button>
        <button type="button" onClick={() => onChange(next)} aria-keyshortcuts="ArrowRight">
          {t('training.next')}
        </button>
      </div>
      {revealed ? <Reveal pack={pack} hackett={hackett} scenario={scenario} roomVotes={first} /> : null}
    </div>
  );
}

/** One round's votes: buttons while the round is open, the counts (word, shape and bar) always. */
function VoteTally({ region, title, tally, levels, onVote }: { region: string; title: string; tally: Tally; levels: readonly Level[]; onVote?: (levelId: string, delta: 1 | -1) => void }) {
  const t = useT();
  const max = Math.max(1, ...Object.values(tally));
  return (
    <section class="votes" aria-label={region}>
      <h3>{title}</h3>
      {onVote ? <p class="hint">{t('training.votePrompt')}</p> : null}
      <ul>
        {levels.map((level, i) => (
          <li key={level.id} class="vote-row">
            {onVote ? (
              <>
                <button type="button" onClick={() => onVote(level.id, 1)} aria-keyshortcuts={String(i + 1)}>
                  {t('training.addVote')} <LevelBadge level={level} />
                </button>
                <button type="button" class="secondary" onClick={() => onVote(level.id, -1)} aria-label={t('training.removeVote', { level: level.label })}>
                  −
                </button>
              </>
            ) : (
              <LevelBadge level={level} />
            )}
            <span class="bar" style={{ width: `${((tally[level.id] ?? 0) / max) * 100}%`, background: level.colour }} aria-hidden="true" />
            <output>{t('training.count', { count: tally[level.id] ?? 0 })}</output>
          </li>
        ))}
      </ul>
    </section>
  );
}
