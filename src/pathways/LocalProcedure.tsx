/** "Your local procedure" in a result: the chosen area's steps for this level and age, by route and role, with timescales. */
import { nationWords } from '../core/nation-words';
import { usePacks } from '../core/packs';
import { useT } from '../i18n';
import type { PathwayPack } from './schema';
import { applies, groupSteps, type AgeRange } from './select';
import './strings';

export function LocalProcedureSteps({ pack, levelId, range, role }: { pack: PathwayPack; levelId: string; range: AgeRange; role: string | null }) {
  const t = useT();
  const packs = usePacks();
  const groups = groupSteps(pack, pack.steps.filter((s) => applies(s, levelId, range)), role);
  return (
    <div class="local-procedure">
      <p>
        <strong>{pack.area}</strong> — {pack.partnership}
      </p>
      <p class="hint">{pack.disclaimer}</p>
      {groups.length ? (
        groups.map((g) => (
          <div class="pathway-route" key={g.route?.id ?? 'general'}>
            {g.route ? (
              <>
                <h4>{g.route.label}</h4>
                <p class="hint">{g.route.description}</p>
              </>
            ) : null}
            {g.roles.map(({ role: r, steps }) => (
              <div class="pathway-role" key={r.id}>
                <h5>
                  {r.label}
                  {r.id === role ? ` ${t('pathways.yourRole')}` : ''}
                </h5>
                <ul>
                  {steps.map((s) => (
                    <li key={s.id}>
                      {s.action}
                      {s.timescale ? (
                        <>
                          {' '}
                          <strong class="timescale">{s.timescale}</strong>
                        </>
                      ) : null}
                      {s.form ? <span class="pathway-form"> {t('pathways.form', { form: s.form })}</span> : null}
                      {s.note ? <span class="pathway-note"> {s.note}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))
      ) : (
        <p>{t('pathways.noSteps', { area: pack.area, leadShort: nationWords(packs?.nation, t).leadShort })}</p>
      )}
      {pack.alwaysConsider.length ? (
        <>
          <p>
            <strong>{t('pathways.alwaysConsider')}</strong>
          </p>
          <ul>
            {pack.alwaysConsider.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="source">
        {t('pathways.source', { title: pack.source.title, version: pack.source.version, date: pack.source.date, checked: pack.source.lastChecked })}
        {pack.source.currency ? ` ${pack.source.currency}` : ''}
      </p>
    </div>
  );
}
