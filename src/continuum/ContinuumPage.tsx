/** /continuum: Hackett's five levels with their published descriptors, credited. */
import { usePacks } from '../core/packs';
import { useTitle } from '../core/title';
import { useT } from '../i18n';
import { registerStrings } from '../i18n/register';

// This feature's strings load with its chunk, not on the first screen.
registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));

export function ContinuumPage() {
  const t = useT();
  useTitle(t('continuum.title'));
  const packs = usePacks();
  if (!packs) return <p role="status">{t('common.loading')}</p>;
  const { hackett, trafficLight } = packs;
  return (
    <div class="page continuum">
      <h1>{t('continuum.title')}</h1>
      <p>{hackett.intro}</p>
      <ol class="continuum-levels">
        {[...hackett.levels]
          .sort((a, b) => a.rank - b.rank)
          .map((level) => (
            <li key={level.id}>
              <h2>{level.label}</h2>
              <ul>
                {level.descriptors.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </li>
          ))}
      </ol>
      {trafficLight.hackettMapping ? <p class="hint">{trafficLight.hackettMapping.note}</p> : null}
      <p class="provenance">{t('continuum.credit', { credits: hackett.provenance.credits.join('; ') })}</p>
    </div>
  );
}
