/**
 * Step 3: context. Each criterion is a tri-state checkbox: it starts "not known" (indeterminate),
 * a tick means yes, and clearing the tick afterwards means an explicit no — an untouched box is never a no.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Criterion } from '../content/schema';
import { useT } from '../i18n';
import type { Answer, Answers } from './classify';

export function ContextStep({ criteria, answers, onChange }: { criteria: readonly Criterion[]; answers: Answers; onChange: (a: Answers) => void }) {
  const t = useT();
  return (
    <fieldset class="step">
      <legend>
        <span class="step-number">3</span> {t('classify.context.legend')}
      </legend>
      <p class="hint">{t('classify.context.hint')}</p>
      <ul class="criteria">
        {criteria.map((c) => (
          <CriterionRow key={c.id} criterion={c} answer={answers[c.id] ?? 'unknown'} onAnswer={(a) => onChange({ ...answers, [c.id]: a })} />
        ))}
      </ul>
      <button type="button" class="secondary" onClick={() => onChange({})}>
        {t('classify.context.reset')}
      </button>
    </fieldset>
  );
}

function CriterionRow({ criterion, answer, onAnswer }: { criterion: Criterion; answer: Answer; onAnswer: (a: Answer) => void }) {
  const t = useT();
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` has no attribute; it must be set on the element.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = answer === 'unknown';
  }, [answer]);
  const helpId = `criterion-${criterion.id}-help`;
  const stateId = `criterion-${criterion.id}-state`;
  return (
    <li class={`criterion answer-${answer}`}>
      <label class="choice">
        <input
          ref={ref}
          type="checkbox"
          checked={answer === 'yes'}
          aria-describedby={`${stateId} ${helpId}`}
          onChange={(e) => onAnswer(e.currentTarget.checked ? 'yes' : 'no')}
        />
        <span>{criterion.label}</span>
      </label>
      <span id={stateId} class="answer-state">
        {t(`classify.context.answer.${answer}`)}
      </span>
      {answer !== 'no' ? (
        <button type="button" class="link-button" onClick={() => onAnswer('no')}>
          {t('classify.context.markNo', { factor: criterion.label })}
        </button>
      ) : null}
      {answer !== 'unknown' ? (
        <button type="button" class="link-button" onClick={() => onAnswer('unknown')}>
          {t('classify.context.markUnknown', { factor: criterion.label })}
        </button>
      ) : null}
      <p id={helpId} class="hint">
        {criterion.question}
      </p>
    </li>
  );
}
