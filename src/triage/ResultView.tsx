/** The result: level word + shape + colour, reasons, Hackett reading, what to do, the law, and provenance. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Behaviour, HackettPack, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { LevelBadge, LevelShape } from '../ui/LevelBadge';
import { bandById, sameConceptByBand, type Classification } from './classify';
import { Judgement, type JudgementState } from './Judgement';
import { NextSteps } from './NextSteps';
import { reasonText } from './reasons';

export interface ResultProps {
  pack: TrafficLightPack;
  hackett: HackettPack;
  result: Classification;
  behaviour: Behaviour | null;
  ownWords: string;
  bandId: string | null;
  /** Changes when a new behaviour is picked, so focus moves only then. */
  focusKey: string;
  judgement: JudgementState;
  onJudgement: (j: JudgementState) => void;
  onSaveNote: () => void;
}

export function ResultView({ pack, hackett, result, behaviour, ownWords, bandId, focusKey, judgement, onJudgement, onSaveNote }: ResultProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [focusKey]);
  const { level } = result;
  const band = bandId ? bandById(pack, bandId) : undefined;
  const hackettLevels = hackett.levels.filter((l) => result.hackett.includes(l.id));
  const legalNotes = pack.legalNotes.filter((n) => result.legalNoteIds.includes(n.id));

  return (
    <section class="result" aria-label={t('result.region')} data-level={level.id} style={{ '--level-colour': level.colour }}>
      <h2 ref={heading} tabIndex={-1} class="result-heading">
        <LevelShape level={level} size={28} />
        {level.label}
        {result.provisional ? ` ${t('result.provisional')}` : ''}
        {band ? ` — ${t('result.forBand', { band: band.label })}` : ''}
      </h2>
      <p class="result-behaviour">{behaviour ? behaviour.text : ownWords || t('result.notListed')}</p>

      <h3>{t('result.why')}</h3>
      <ul class="reasons">
        {result.reasons.map((r, i) => (
          <li key={i}>{reasonText(pack, r, t)}</li>
        ))}
      </ul>

      <h3>{t('result.whatToDo')}</h3>
      <p class="what-to-do">{level.whatCanYouDo}</p>
      {level.caution ? <p class="notice notice-warning">{level.caution}</p> : null}
      {result.prompts.length ? (
        <ul class="prompts">
          {result.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <NextSteps pack={pack} />

      {hackettLevels.length ? (
        <>
          <h3>{t('result.hackett')}</h3>
          {hackettLevels.map((h) => (
            <div class="hackett-level" key={h.id}>
              <p>
                <strong>{h.label}</strong>: {h.descriptors.join('; ')}.
              </p>
            </div>
          ))}
          <p class="hint">{pack.hackettMapping?.note}</p>
        </>
      ) : null}

      {legalNotes.length ? (
        <>
          <h3>{t('result.law')}</h3>
          <ul class="legal-notes">
            {legalNotes.map((n) => (
              <li key={n.id}>
                <strong>{n.title}.</strong> {n.text}{' '}
                <span class="source">{t('result.legalSource', { source: n.source, jurisdiction: n.jurisdiction, date: n.date })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {behaviour ? <OtherBands pack={pack} behaviour={behaviour} /> : null}

      <Judgement pack={pack} ruleLevel={level} judgement={judgement} onChange={onJudgement} />

      <button type="button" class="save-note" onClick={onSaveNote}>
        {t('result.saveNote')}
      </button>

      <p class="provenance">
        {t('result.source', { title: pack.provenance.title, source: pack.provenance.source, version: pack.version, date: pack.provenance.date })}
      </p>
    </section>
  );
}

function OtherBands({ pack, behaviour }: { pack: TrafficLightPack; behaviour: Behaviour }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const rows = sameConceptByBand(pack, behaviour).filter((r) => r.band.id !== behaviour.band);
  return (
    <div class="other-bands">
      <button type="button" class="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('result.otherBands')}
      </button>
      {open ? (
        <ul>
          {rows.map(({ band, behaviour: twin }) => (
            <li key={band.id}>
              <h3 class="inline-heading">{t('result.bandLabel', { band: band.label })}</h3>{' '}
              {twin ? (
                <>
                  <LevelBadge level={pack.levels.find((l) => l.id === twin.level)!} /> {twin.text}
                </>
              ) : (
                t('result.notInBand')
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
