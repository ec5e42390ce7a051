/** Next steps in two labelled layers: national guidance, then the local procedure (empty until a local pack exists). */
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';

export function NextSteps({ pack }: { pack: TrafficLightPack }) {
  const t = useT();
  const { national, local, everyResult } = pack.nextSteps;
  return (
    <div class="next-steps">
      <ul class="every-result">
        {everyResult.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t('result.national')}</h3>
      <p class="hint">{national.jurisdiction}</p>
      <ul>
        {national.options.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <p class="source">{national.source}</p>
      <h3>{t('result.local')}</h3>
      {local && local.steps.length ? (
        <ol>
          {local.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      ) : (
        <p>{t('result.checkProcedure')}</p>
      )}
    </div>
  );
}
