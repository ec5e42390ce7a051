/** /table and /table/<band-id>: the whole band, one <section> per level with an h2 that starts with the level word. */
import { useRoute } from 'preact-iso';
import { usePacks } from '../core/packs';
import { useTitle } from '../core/title';
import { useT } from '../i18n';
import { levelsByRank } from '../rules/levels';
import '../triage/strings';
import { LevelShape } from '../ui/LevelBadge';
import { registerStrings } from '../i18n/register';
import './table.css';

// This feature's strings load with its chunk, not on the first screen.
registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));

export function TablePage() {
  const t = useT();
  const packs = usePacks();
  const { params } = useRoute();
  const pack = packs?.trafficLight;
  const band = pack?.bands.find((b) => b.id === params.band) ?? null;
  useTitle(band ? t('table.titleBand', { band: band.label }) : t('table.title'));
  if (!pack) return <p role="status">{t('common.loading')}</p>;

  return (
    <div class="page table-page">
      <h1>{band ? t('table.titleBand', { band: band.label }) : t('table.title')}</h1>
      <nav aria-label={t('table.bandsNav')}>
        <ul class="band-tabs">
          {pack.bands.map((b) => (
            <li key={b.id}>
              <a href={`/table/${b.id}`} aria-current={b.id === band?.id ? 'page' : undefined}>
                {t('table.bandLink', { band: b.label })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {params.band && !band ? <p role="alert">{t('table.unknownBand', { band: params.band })}</p> : null}
      {band ? (
        <div class="level-columns">
          {levelsByRank(pack).map((level) => (
            <section key={level.id} class="level-column" aria-labelledby={`level-${level.id}`} style={{ '--level-colour': level.colour }}>
              <h2 id={`level-${level.id}`}>
                <LevelShape level={level} />
                {t('table.levelHeading', { level: level.label })}
              </h2>
              <p class="hint">{level.description.summary}</p>
              <ul>
                {pack.behaviours
                  .filter((b) => b.band === band.id && b.level === level.id)
                  .map((b) => (
                    <li key={b.id}>{b.text}</li>
                  ))}
              </ul>
              <p class="what-to-do">{level.whatCanYouDo}</p>
            </section>
          ))}
        </div>
      ) : (
        <p>{t('table.pick')}</p>
      )}
      <p class="provenance">{t('result.source', { title: pack.provenance.title, source: pack.provenance.source, version: pack.version, date: pack.provenance.date })}</p>
    </div>
  );
}
