/**
 * Context questions: each is a radio group named by its question, with "Yes", "No" and "Not known"
 * (the start). A "yes" is always the concern, so answers only ever raise the level.
 */
import './strings';
import type { Criterion } from '../content/schema';
import { useT } from '../i18n';
import type { Answer, Answers } from '../rules/classify';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

export function ContextStep({ criteria, answers, onChange }: { criteria: readonly Criterion[]; answers: Answers; onChange: (a: Answers) => void }) {
  const t = useT();
  return (
    <section class="context-step" aria-labelledby="context-heading">
      <h3 id="context-heading">{t('classify.context.legend')}</h3>
      <p class="hint">{t('classify.context.hint')}</p>
      {criteria.map((c) => (
        <Question key={c.id} criterion={c} answer={answers[c.id] ?? 'unknown'} onAnswer={(a) => onChange({ ...answers, [c.id]: a })} />
      ))}
      <button type="button" class="secondary" onClick={() => onChange({})}>
        {t('classify.context.reset')}
      </button>
    </section>
  );
}

function Question({ criterion, answer, onAnswer }: { criterion: Criterion; answer: Answer; onAnswer: (a: Answer) => void }) {
  const t = useT();
  const legendId = `q-${criterion.id}`;
  const hintId = `q-${criterion.id}-hint`;
  return (
    // A fieldset may take the radiogroup role; the legend still names it (aria-labelledby makes that explicit).
    <fieldset class={`question answer-${answer}`} role="radiogroup" aria-labelledby={legendId} aria-describedby={criterion.hint ? hintId : undefined}>
      <legend id={legendId}>{criterion.question}</legend>
      {criterion.hint ? (
        <p id={hintId} class="hint">
          {criterion.hint}
        </p>
      ) : null}
      <div class="answers">
        {ANSWERS.map((a) => (
          <label key={a} class="answer">
            <input type="radio" name={`answer-${criterion.id}`} checked={answer === a} onChange={() => onAnswer(a)} />
            <span>{t(`classify.context.answer.${a}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
