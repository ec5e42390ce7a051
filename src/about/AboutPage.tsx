/** /about: sources, versions, licences and credits, the AIM Project link (never its checklists), and the build. */
import '../triage/strings';
import { useEffect, useState } from 'preact/hooks';
import { loadNationIndex, loadNationPack, usePacks } from '../core/packs';
import type { NationPack } from '../nations/schema';
import { loadPathwayIndex, type PathwayIndexEntry } from '../pathways/store';
import '../pathways/strings';
import { useTitle } from '../core/title';
import { formatDate, useT } from '../i18n';
import type { Provenance } from '../content/schema';
import { registerStrings } from '../i18n/register';
import './about.css';

// This feature's strings load with its chunk, not on the first screen.
registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));

function Source({ heading, provenance, version }: { heading: string; provenance: Provenance; version: string }) {
  const t = useT();
  return (
    <section class="source-card" aria-label={heading}>
      <h3>{provenance.title}</h3>
      <dl>
        <dt>{t('about.source')}</dt>
        <dd>{provenance.source}</dd>
        <dt>{t('about.version')}</dt>
        <dd>{t('about.versionValue', { version, date: provenance.date })}</dd>
        <dt>{t('about.licence')}</dt>
        <dd>{provenance.licence}</dd>
        <dt>{t('about.credits')}</dt>
        <dd>
          <ul>
            {provenance.credits.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}

/** Each local procedure pack: its source document, version and date, and when it was last checked. */
function PathwaySources() {
  const t = useT();
  const [index, setIndex] = useState<PathwayIndexEntry[] | null>(null);
  useEffect(() => void loadPathwayIndex().then(setIndex, () => setIndex([])), []);
  if (!index?.length) return null;
  return (
    <>
      <h3>{t('pathways.aboutTitle')}</h3>
      <ul class="pathway-sources">
        {index.map((e) => (
          <li key={e.id}>
            {t('pathways.aboutEntry', { area: e.area, title: e.source.title, version: e.source.version, date: e.source.date, checked: e.source.lastChecked, partnership: e.partnership })}
            {e.imported ? ` (${t('pathways.aboutImported')})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Every nation's sources, with publisher and date: the chosen nation's apply to results; the others are listed too. */
function NationSources({ chosen }: { chosen: string }) {
  const t = useT();
  const [nations, setNations] = useState<NationPack[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadNationIndex()
      .then((index) => Promise.all(index.map((n) => loadNationPack(n.id))))
      .then((packs) => live && setNations(packs), () => live && setNations([]));
    return () => void (live = false);
  }, []);
  return (
    <section aria-labelledby="nation-sources">
      <h3 id="nation-sources">{t('about.guidanceTitle')}</h3>
      <p>{t('about.guidanceIntro')}</p>
      {nations === null ? <p role="status">{t('common.loading')}</p> : null}
      {nations?.map((n) => (
        <div key={n.id}>
          <h4>{n.id === chosen ? t('about.nationChosen', { nation: n.name }) : n.name}</h4>
          <ul class="guidance-dates">
            {n.sources.map((s) => (
              <li key={s.id}>{t('about.nationSource', { title: s.title, publisher: s.publisher, date: s.date })}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function AboutPage() {
  const t = useT();
  useTitle(t('about.title'));
  const packs = usePacks();
  return (
    <div class="page about">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <p class="notice">{t('about.supports')}</p>
      <h2>{t('about.sources')}</h2>
      {packs ? (
        <>
          <Source heading={t('about.trafficLight')} provenance={packs.trafficLight.provenance} version={packs.trafficLight.version} />
          {packs.source === 'imported' ? <p class="hint">{t('about.importedInUse')}</p> : null}
          <Source heading={t('about.hackett')} provenance={packs.hackett.provenance} version={packs.hackett.version} />
          <h3>{t('about.legalTitle')}</h3>
          <ul>
            {packs.trafficLight.legalNotes.map((n) => (
              <li key={n.id}>{t('result.legalSource', { source: n.source, jurisdiction: n.jurisdiction, date: n.date })}</li>
            ))}
          </ul>
          <PathwaySources />
          <NationSources chosen={packs.nation.id} />
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      <h3>{t('about.passwordsTitle')}</h3>
      <p>{t('about.passwords')}</p>
      <h2>{t('about.aimTitle')}</h2>
      <p>
        {t('about.aim')}{' '}
        <a href="https://aimproject.org.uk" rel="noreferrer noopener" target="_blank">
          {t('about.aimLink')}
        </a>
      </p>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <h2>{t('about.a11yTitle')}</h2>
      <p>{t('about.a11yIntro')}</p>
      <p>{t('about.a11yTested')}</p>
      <p>{t('about.a11yGaps')}</p>
      <h2>{t('about.buildTitle')}</h2>
      <dl>
        <dt>{t('about.appVersion')}</dt>
        <dd>{__APP_VERSION__}</dd>
        <dt>{t('about.buildDate')}</dt>
        <dd>{formatDate(__BUILD_DATE__)}</dd>
      </dl>
    </div>
  );
}
