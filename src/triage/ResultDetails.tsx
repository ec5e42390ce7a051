/** The parts of a result read after the first response: each opens on a tap, and keeps its heading. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Behaviour, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { LevelBadge } from '../ui/LevelBadge';
import { sameConceptByBand } from '../rules/classify';
import { Judgement } from './Judgement';
import { LocalProcedureSteps } from '../pathways/LocalProcedure';
import type { useChosenPathway } from '../pathways/store';
import { NationalGuidance } from './NextSteps';
import type { ResultProps } from './result-props';

/** A native disclosure whose summary is the section's heading, so the heading outline stays whole when closed. */
function Section({ title, open, children }: { title: string; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="result-section" open={open}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}

export function ResultDetails({ pack, hackett, result, behaviour, judgement, onJudgement, range, pathway }: ResultProps & { pathway: ReturnType<typeof useChosenPathway> }) {
  const t = useT();
  const { level } = result;
  const hackettLevels = hackett.levels.filter((l) => result.hackett.includes(l.id));
  const legalNotes = pack.legalNotes.filter((n) => result.legalNoteIds.includes(n.id));
  return (
    <div class="result-details">
      <Section title={t('result.whatToDo')}>
        <p class="what-to-do">{level.whatCanYouDo}</p>
        <ul class="every-result">
          {pack.nextSteps.everyResult.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Section>
      <Section title={t('result.national')}>
        <NationalGuidance pack={pack} />
      </Section>
      {/* A chosen area's procedure is the next question after the colour, so it starts open. */}
      <Section title={t('result.local')} open={Boolean(pathway.pack)}>
        {pathway.pack ? <LocalProcedureSteps pack={pathway.pack} levelId={level.id} range={range} role={pathway.role} /> : <p>{t('result.checkProcedure')}</p>}
      </Section>
      {legalNotes.length ? (
        <Section title={t('result.law')}>
          <ul class="legal-notes">
            {legalNotes.map((n) => (
              <li key={n.id}>
                <strong>{n.title}.</strong> {n.text}{' '}
                <span class="source">{t('result.legalSource', { source: n.source, jurisdiction: n.jurisdiction, date: n.date })}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {hackettLevels.length ? (
        <Section title={t('result.hackett')}>
          {hackettLevels.map((h) => (
            <p class="hackett-level" key={h.id}>
              <strong>{h.label}</strong>: {h.descriptors.join('; ')}.
            </p>
          ))}
          <p class="hint">{pack.hackettMapping?.note}</p>
        </Section>
      ) : null}
      {behaviour ? <OtherBands pack={pack} behaviour={behaviour} /> : null}
      <Judgement pack={pack} ruleLevel={level} judgement={judgement} onChange={onJudgement} />
    </div>
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
