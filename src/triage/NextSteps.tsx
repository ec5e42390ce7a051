/** National guidance, with its jurisdiction and source; the local procedure is pathways/LocalProcedure. */
import type { TrafficLightPack } from '../content/schema';

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
