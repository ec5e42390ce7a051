/** The reveal: the engine's level and reasons, Hackett reading, trainer judgement, discussion, and what would change it. */
import type { HackettPack, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { ActNowRoute } from './ActNowRoute';
import { levelById, levelsByRank } from '../rules/levels';
import { reasonText } from '../rules/reasons';
import { LevelBadge } from '../ui/LevelBadge';
import { classifyScenario } from '../scenarios/engine';
import type { Scenario } from '../scenarios/schema';
import type { Tally } from '../scenarios/session';

/** `roomVotes`, in a presenter session, sets the group's first vote beside the expected level. */
export function Reveal({ pack, hackett, scenario, roomVotes }: { pack: TrafficLightPack; hackett: HackettPack; scenario: Scenario; roomVotes?: Tally }) {
  const t = useT();
  const result = classifyScenario(pack, scenario);
  const hackettLevels = hackett.levels.filter((h) => scenario.hackett.includes(h.id));
  return (
    <section class="reveal" aria-label={t('training.revealRegion')}>
      <h3>
        {t('training.expected')} <LevelBadge level={result.level} />
      </h3>
      {roomVotes ? (
        <p class="room-votes">
          {t('training.roomVoted')}{' '}
          {levelsByRank(pack)
            .map((l) => t('training.roomCount', { level: l.label, count: roomVotes[l.id] ?? 0 }))
            .join(' · ')}
        </p>
      ) : null}
      <ActNowRoute items={result.actNow} />
      <ul class="reasons">
        {result.reasons.map((r, i) => (
          <li key={i}>{reasonText(pack, r, t)}</li>
        ))}
      </ul>
      {scenario.trainerJudgement ? (
        <p class="notice">
          {t('training.trainerJudgement')} <LevelBadge level={levelById(pack, scenario.trainerJudgement.level)} /> — {scenario.trainerJudgement.rationale}
        </p>
      ) : null}
      <h3>{t('result.hackett')}</h3>
      {hackettLevels.map((h) => (
        <p key={h.id}>
          <strong>{h.label}</strong>: {h.descriptors.join('; ')}.
        </p>
      ))}
      <h3>{t('training.discussion')}</h3>
      <ul>
        {scenario.discussion.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      {scenario.legalPoints.length ? (
        <>
          <h3>{t('result.law')}</h3>
          <ul>
            {scenario.legalPoints.map((l) => (
              <li key={l.text}>
                {l.text} <span class="source">({l.jurisdiction}, {l.date})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('training.variants')}</h3>
      <ul class="variants">
        {scenario.variants.map((v) => (
          <li key={v.change}>
            {v.change} → <LevelBadge level={classifyScenario(pack, scenario, v).level} />
            {v.expectedRoute ? ` ${t('training.variantActNow')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
