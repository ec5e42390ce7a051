/**
 * The result leads with what a practitioner needs on the spot: the level (colour + word + shape), what it means,
 * any act-now prompt, "Do now", and the reasons. Context questions follow; the rest opens on a tap.
 */
import './strings';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';
import { LevelShape } from '../ui/LevelBadge';
import { bandById, type Classification } from '../rules/classify';
import { localSnapshot } from '../pathways/select';
import { useChosenPathway } from '../pathways/store';
import { ResultDetails } from './ResultDetails';
import type { ResultProps } from './result-props';

export type { ResultProps } from './result-props';
import { reasonText, shownReasons } from '../rules/reasons';
import './result.css';


export function ResultView(props: ResultProps) {
  const { pack, result, behaviour, ownWords, bandId, focusKey, onSaveNote, range, children } = props;
  const t = useT();
  const pathway = useChosenPathway();
  const heading = useRef<HTMLHeadingElement>(null);
  // On a phone the result sits under the list of matches: bring its heading to the top, then focus it there.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [focusKey]);
  const { level } = result;
  const band = bandId ? bandById(pack, bandId) : undefined;

  return (
    <section class="result" aria-label={t('result.region')} data-level={level.id} style={{ '--level-colour': level.colour }}>
      <h2 ref={heading} tabIndex={-1} class="result-heading">
        <LevelShape level={level} size={28} />
        {level.label}
        {result.provisional ? ` — ${t('result.provisional')}` : ''}
      </h2>
      {result.provisional ? (
        <div class="provisional">
          <p>{t('result.provisionalIf', { level: level.label })}</p>
          <ul>
            {result.unanswered.map((c) => (
              <li key={c.id}>{c.provisionalWhileUnknown?.condition}</li>
            ))}
          </ul>
          <p class="hint">{t('result.provisionalHow')}</p>
        </div>
      ) : null}

      <p class="result-behaviour">
        {band ? <span class="result-band">{t('result.forBand', { band: band.label })}: </span> : null}
        {behaviour ? behaviour.text : ownWords || t('result.notListed')}
      </p>
      {result.actNow.length ? <ActNow items={result.actNow} /> : null}
      <p class="result-meaning">{level.meaning ?? level.description.summary}</p>
      <h3>{t('result.doNow')}</h3>
      <ol class="do-now">
        {result.doNow.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {result.police.length ? (
        <div class="police-triggers">
          <p>
            <strong>{t('result.policeWhy')}</strong>
          </p>
          <ul>
            {result.police.map((p) => (
              <li key={p.id}>
                {p.text} <span class="source">{t('result.citation', { source: p.source, date: p.date })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.caution ? <p class="notice notice-warning">{result.caution}</p> : null}
      {result.prompts.length ? (
        <ul class="prompts">
          {result.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}

      <h3>{t('result.why')}</h3>
      <ul class="reasons">
        {shownReasons(result.reasons).map((r, i) => (
          <li key={i}>{reasonText(pack, r, t)}</li>
        ))}
      </ul>

      {children}

      <ResultDetails {...props} pathway={pathway} />

      <button type="button" class="save-note" onClick={() => onSaveNote(localSnapshot(pathway.pack, result.level.id, range, pathway.role))}>
        {t('result.saveNote')}
      </button>

      <p class="provenance">
        {t('result.source', { title: pack.provenance.title, source: pack.provenance.source, version: pack.version, date: pack.provenance.date })}
      </p>
    </section>
  );
}

/** Above the reasons: this child may be the one harmed. It links to the act-now steps for that reason. */
function ActNow({ items }: { items: Classification['actNow'] }) {
  const t = useT();
  const because = items.find((i) => i.because)?.because;
  return (
    <div class="act-now notice notice-danger">
      <p class="act-now-title">
        <strong>{t('result.actNowTitle')}</strong>
      </p>
      {items.map((i) => (
        <p key={i.id}>{i.text}</p>
      ))}
      <a href={because ? `/urgent?because=${because}` : '/urgent'}>{t('result.actNowLink')}</a>
    </div>
  );
}
