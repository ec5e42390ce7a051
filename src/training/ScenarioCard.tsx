/** One scenario as the room sees it: title, age, vignette and the known facts, in large type. */
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { bandById } from '../rules/levels';
import type { Scenario } from '../scenarios/schema';

/** `showBehaviour` is off before the vote: the listed behaviour names its level's wording and would give the answer away. */
export function ScenarioCard({ pack, scenario, position, total, showBehaviour }: { pack: TrafficLightPack; scenario: Scenario; position: number; total: number; showBehaviour: boolean }) {
  const t = useT();
  const criteria = pack.criteria.filter((c) => scenario.facts[c.id] !== undefined);
  const behaviour = scenario.behaviour ? pack.behaviours.find((b) => b.id === scenario.behaviour) : undefined;
  return (
    <article class="scenario-card">
      <p class="hint">{t('training.position', { position, total })}</p>
      <h2>{scenario.title}</h2>
      <p class="scenario-age">
        {t('training.age', { age: scenario.age })}
        {scenario.developmental ? ` — ${t('training.developmental', { band: bandById(pack, scenario.developmental.band)?.label ?? '' })}` : ''}
      </p>
      {scenario.developmental ? <p class="hint">{scenario.developmental.note}</p> : null}
      <p class="vignette">{scenario.vignette}</p>
      {showBehaviour && (behaviour || scenario.unlisted) ? (
        <p>
          <strong>{t('training.behaviour')}</strong> {behaviour ? behaviour.text : scenario.unlisted?.description}
        </p>
      ) : null}
      {criteria.length ? (
        <>
          <h3>{t('training.facts')}</h3>
          <ul class="facts">
            {criteria.map((c) => (
              <li key={c.id}>
                {c.label}: <strong>{t(`classify.context.answer.${scenario.facts[c.id]}`)}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
