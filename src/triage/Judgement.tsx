/** Professional judgement: recorded beside the rule-based result, never replacing it. */
import type { Level, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { LevelBadge } from '../ui/LevelBadge';
import { levelsByRank } from '../rules/levels';
import type { JudgementState } from './judgement-state';

export { initialJudgement, type JudgementState } from './judgement-state';

export function Judgement({ pack, ruleLevel, judgement, onChange }: { pack: TrafficLightPack; ruleLevel: Level; judgement: JudgementState; onChange: (j: JudgementState) => void }) {
  const t = useT();
  const chosen = judgement.levelId ? pack.levels.find((l) => l.id === judgement.levelId) : undefined;
  return (
    <div class="judgement">
      <h3>{t('judgement.title')}</h3>
      <p class="supports">{t('judgement.supports')}</p>
      <button type="button" class="secondary" aria-expanded={judgement.open} onClick={() => onChange({ ...judgement, open: !judgement.open })}>
        {t('judgement.record')}
      </button>
      {judgement.open ? (
        <div class="judgement-form">
          <fieldset class="choice-group">
            <legend>{t('judgement.level')}</legend>
            {levelsByRank(pack).map((level) => (
              <label class="choice" key={level.id}>
                <input type="radio" name="judgement-level" checked={judgement.levelId === level.id} onChange={() => onChange({ ...judgement, levelId: level.id })} />
                <LevelBadge level={level} />
              </label>
            ))}
          </fieldset>
          <label class="field">
            <span>{t('judgement.reason')}</span>
            <textarea rows={3} value={judgement.reason} onInput={(e) => onChange({ ...judgement, reason: e.currentTarget.value })} />
          </label>
        </div>
      ) : null}
      {chosen ? (
        <div class="judgement-summary" role="status">
          <p>
            {t('judgement.yours')} <LevelBadge level={chosen} />
            {judgement.reason.trim() ? ` — ${judgement.reason.trim()}` : ` — ${t('judgement.noReason')}`}
          </p>
          <p>
            {t('judgement.ruleBased')} <LevelBadge level={ruleLevel} />
          </p>
        </div>
      ) : null}
    </div>
  );
}
