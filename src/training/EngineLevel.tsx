/** What the rules engine gives for the scenario as it is written, with the result's own reasons, beside the trainer's expectation. */
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { ActNowRoute } from './ActNowRoute';
import type { Classification } from '../rules/classify';
import { levelById, levelsByRank } from '../rules/levels';
import { reasonText, shownReasons } from '../rules/reasons';
import { LevelBadge } from '../ui/LevelBadge';

export function EngineLevel({
  pack,
  result,
  expected,
  onExpected,
}: {
  pack: TrafficLightPack;
  result: Classification | null;
  expected: string | null;
  onExpected: (levelId: string | null) => void;
}) {
  const t = useT();
  const differs = result && expected && expected !== result.level.id;
  return (
    <section class="engine-level" aria-labelledby="engine-level-heading">
      <h3 id="engine-level-heading">{t('training.form.engineHeading')}</h3>
      <fieldset class="choice-group">
        <legend>{t('training.form.expected')}</legend>
        <label class="choice">
          <input type="radio" name="expected-level" checked={expected === null} onChange={() => onExpected(null)} />
          <span>{t('training.form.expectedNone')}</span>
        </label>
        {levelsByRank(pack).map((level) => (
          <label class="choice" key={level.id}>
            <input type="radio" name="expected-level" checked={expected === level.id} onChange={() => onExpected(level.id)} />
            <LevelBadge level={level} />
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        {result ? (
          <p class="engine-gives">
            {t('training.form.engineGives')} <LevelBadge level={result.level} />
          </p>
        ) : (
          <p class="hint">{t('training.form.engineWaiting')}</p>
        )}
        {differs ? (
          <p class="notice notice-warning">{t('training.form.expectedDiffers', { expected: levelById(pack, expected).label, engine: result.level.label })}</p>
        ) : result && expected ? (
          <p class="hint">{t('training.form.expectedMatches')}</p>
        ) : null}
      </div>
      {result ? <ActNowRoute items={result.actNow} /> : null}
      {result?.provisional ? (
        <div class="provisional">
          <p>{t('result.provisionalIf', { level: result.level.label })}</p>
          <ul>
            {result.unanswered.map((c) => (
              <li key={c.id}>{c.provisionalWhileUnknown?.condition}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result ? (
        <>
          <h4>{t('training.form.reasons')}</h4>
          <ul class="reasons">
            {shownReasons(result.reasons).map((r, i) => (
              <li key={i}>{reasonText(pack, r, t)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
