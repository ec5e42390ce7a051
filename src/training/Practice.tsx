/** Self-practice: one person picks a level (and optional reasons), gets immediate feedback with the same reveal, and a score at the end. */
import { useState } from 'preact/hooks';
import type { HackettPack, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { levelsByRank } from '../rules/levels';
import { LevelBadge } from '../ui/LevelBadge';
import { Reveal } from './Reveal';
import { ScenarioCard } from './ScenarioCard';
import type { Scenario } from '../scenarios/schema';
import { answer, current, next, type SessionState } from '../scenarios/session';

export function Practice({
  pack,
  hackett,
  scenarios,
  state,
  onChange,
}: {
  pack: TrafficLightPack;
  hackett: HackettPack;
  scenarios: readonly Scenario[];
  state: SessionState;
  onChange: (s: SessionState) => void;
}) {
  const t = useT();
  const id = current(state);
  const scenario = scenarios.find((s) => s.id === id);
  const [choice, setChoice] = useState<string | null>(null);
  const [reasons, setReasons] = useState('');
  if (!scenario) return null;
  const given = state.answers[scenario.id];
  const goNext = () => {
    setChoice(null);
    setReasons('');
    onChange(next(state));
  };
  return (
    <div class="practice">
      <ScenarioCard pack={pack} scenario={scenario} position={state.index + 1} total={state.order.length} showBehaviour={Boolean(given)} />
      {!given ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) onChange(answer(state, choice, reasons));
          }}
        >
          <fieldset class="choice-group">
            <legend>{t('training.yourAnswer')}</legend>
            {levelsByRank(pack).map((level) => (
              <label class="choice" key={level.id}>
                <input type="radio" name="practice-level" checked={choice === level.id} onChange={() => setChoice(level.id)} />
                <LevelBadge level={level} />
              </label>
            ))}
          </fieldset>
          <label class="field">
            <span>{t('training.yourReasons')}</span>
            <textarea rows={2} value={reasons} spellcheck={false} autoComplete="off" onInput={(e) => setReasons(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!choice}>
            {t('training.check')}
          </button>
        </form>
      ) : (
        <>
          <p class={given.levelId === scenario.expectedLevel ? 'notice' : 'notice notice-warning'} role="status">
            {given.levelId === scenario.expectedLevel ? t('training.correct') : t('training.different')}
          </p>
          <Reveal pack={pack} hackett={hackett} scenario={scenario} />
          <button type="button" onClick={goNext}>
            {t('training.next')}
          </button>
        </>
      )}
    </div>
  );
}
