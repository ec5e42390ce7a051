/** /urgent: what to do at once when a child may be in danger — no traffic light, no age needed. */
import { useLocation } from 'preact-iso';
import { nationWords } from '../core/nation-words';
import { usePacks } from '../core/packs';
import { useTitle } from '../core/title';
import { useT } from '../i18n';
import { URGENT_QUESTIONS, type UrgentQuestion } from './questions';
import { registerStrings } from '../i18n/register';

// This feature's strings load with its chunk, not on the first screen.
registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));

const STEPS = ['tell', 'dontInvestigate', 'words', 'images', 'record'] as const;

export function UrgentPage() {
  const t = useT();
  useTitle(t('urgent.title'));
  const { query } = useLocation();
  const because = URGENT_QUESTIONS.includes(query.because as UrgentQuestion) ? (query.because as UrgentQuestion) : null;
  // The chosen nation's lead, allegations route and guidance; neutral words until the packs are in.
  const words = nationWords(usePacks()?.nation, t);
  return (
    <div class="page urgent">
      <h1>{t('urgent.title')}</h1>
      {because ? (
        <div class="notice notice-danger">
          <p>{t('urgent.because', { question: t(`urgent.q.${because}`) })}</p>
          <p>
            <strong>{t('urgent.firstStep')}</strong> {t(`urgent.first.${because}`, { ...words })}
          </p>
        </div>
      ) : null}
      <p class="call-999">
        <a class="button danger" href="tel:999">
          {t('urgent.call999')}
        </a>{' '}
        <span>{t('urgent.call999Hint')}</span>
      </p>
      <ol class="urgent-steps">
        {STEPS.map((s) => (
          <li key={s} class={because === 'images' && s === 'images' ? 'emphasis' : undefined}>
            {t(`urgent.step.${s}`, { ...words })}
          </li>
        ))}
      </ol>
      <h2>{t('urgent.ladoTitle')}</h2>
      <p>{t('urgent.lado', { ...words })}</p>
      <p class="hint">{t('urgent.jurisdiction', { ...words })}</p>
      <h2>{t('urgent.askTitle')}</h2>
      <ul>
        {URGENT_QUESTIONS.map((q) => (
          <li key={q}>
            <a href={`/urgent?because=${q}`} aria-current={q === because ? 'true' : undefined}>
              {t(`urgent.q.${q}`)}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/classify">{t('urgent.noneTrue')}</a>
      </p>
    </div>
  );
}
