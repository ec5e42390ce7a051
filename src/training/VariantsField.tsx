/** "What would change it": each variant says what changes, may answer one context question differently, and shows the engine's level. */
import type { Criterion } from '../content/schema';
import { useT } from '../i18n';
import type { Answer, Classification } from '../rules/classify';
import { LevelBadge } from '../ui/LevelBadge';
import { emptyVariant, type VariantDraft } from '../scenarios/draft';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

export function VariantsField({
  criteria,
  variants,
  results,
  errors,
  onChange,
}: {
  criteria: readonly Criterion[];
  variants: readonly VariantDraft[];
  /** The engine's result per variant, when the scenario has an age and behaviour. */
  results: readonly Classification[] | null;
  /** What is missing per variant index, once a save was tried. */
  errors: Readonly<Record<number, { id: string; text: string }>>;
  onChange: (variants: VariantDraft[]) => void;
}) {
  const t = useT();
  const update = (i: number, patch: Partial<VariantDraft>) => onChange(variants.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <fieldset class="variants-field">
      <legend>{t('training.variants')}</legend>
      <p class="hint">{t('training.form.variantsHint')}</p>
      {variants.map((v, i) => {
        const n = i + 1;
        const result = results?.[i];
        return (
          <fieldset key={i} class="variant">
            <legend>{t('training.form.variant', { n })}</legend>
            <label class="field">
              <span>{t('training.form.variantChange')}</span>
              <textarea
                rows={2}
                value={v.change}
                spellcheck
                aria-invalid={errors[i] ? true : undefined}
                aria-describedby={errors[i]?.id}
                onInput={(e) => update(i, { change: e.currentTarget.value })}
              />
            </label>
            {errors[i] ? (
              <p id={errors[i].id} class="field-missing">
                {errors[i].text}
              </p>
            ) : null}
            <label class="field">
              <span>{t('training.form.variantQuestion')}</span>
              <select value={v.criterionId} onChange={(e) => update(i, { criterionId: e.currentTarget.value })}>
                <option value="">{t('training.form.variantNoQuestion')}</option>
                {criteria.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.question}
                  </option>
                ))}
              </select>
            </label>
            {v.criterionId ? (
              <label class="field">
                <span>{t('training.form.variantAnswer')}</span>
                <select value={v.answer} onChange={(e) => update(i, { answer: e.currentTarget.value as Answer })}>
                  {ANSWERS.map((a) => (
                    <option key={a} value={a}>
                      {t(`classify.context.answer.${a}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {result ? (
              <p>
                {t('training.form.variantGives')} <LevelBadge level={result.level} />
                {result.actNow.length ? ` ${t('training.variantActNow')}` : ''}
              </p>
            ) : null}
            {variants.length > 1 ? (
              <button type="button" class="secondary" onClick={() => onChange(variants.filter((_, j) => j !== i))}>
                {t('training.form.removeVariant', { n })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" class="secondary" onClick={() => onChange([...variants, emptyVariant()])}>
        {t('training.form.addVariant')}
      </button>
    </fieldset>
  );
}
