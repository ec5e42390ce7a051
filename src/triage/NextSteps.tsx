/** Next steps in two labelled layers: national guidance, then the local procedure (empty until a local pack exists). */
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';

export function NationalGuidance({ pack }: { pack: TrafficLightPack }) {
  const { national } = pack.nextSteps;
  return (
    <div class="next-steps">
      <p class="hint">{national.jurisdiction}</p>
      <ul>
        {national.options.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <p class="source">{national.source}</p>
    </div>
  );
}

export function LocalProcedure({ pack }: { pack: TrafficLightPack }) {
  const t = useT();
  const { local } = pack.nextSteps;
  return local && local.steps.length ? (
    <ol>
      {local.steps.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ol>
  ) : (
    <p>{t('result.checkProcedure')}</p>
  );
}
