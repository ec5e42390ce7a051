/** Act now first, in one compact line above the age: the five situations named, each one a tap away in the list. */
import { useT } from '../i18n';
import { URGENT_QUESTIONS } from '../urgent/questions';

export function UrgentCheck() {
  const t = useT();
  return (
    <aside class="urgent-check" aria-labelledby="urgent-check-title">
      <p class="urgent-check-line">
        <strong id="urgent-check-title">{t('urgent.checkTitle')}</strong>
        {/* One text node, as the prerendered HTML has it: two adjacent ones would be re-created on hydration. */}
        {` ${t('urgent.checkLine')}`}
      </p>
      <details class="urgent-check-list">
        <summary>{t('urgent.checkEach')}</summary>
        <ul>
          {URGENT_QUESTIONS.map((q) => (
            <li key={q}>
              <span>{t(`urgent.q.${q}`)}</span>{' '}
              <a class="urgent-yes" href={`/urgent?because=${q}`} aria-label={t('urgent.yesLabel', { question: t(`urgent.q.${q}`) })}>
                {t('urgent.yes')}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
