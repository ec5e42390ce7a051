/** Act now first: asked before the age. Any "yes" goes straight to what to do, skipping the traffic light. */
import { useT } from '../i18n';
import { URGENT_QUESTIONS } from '../urgent/questions';

export function UrgentCheck() {
  const t = useT();
  return (
    <aside class="urgent-check" aria-labelledby="urgent-check-title">
      <p id="urgent-check-title" class="urgent-check-title">
        <strong>{t('urgent.checkTitle')}</strong>
      </p>
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
      <p class="hint">{t('urgent.checkNo')}</p>
    </aside>
  );
}
