import { useT } from '../i18n';
import { useTitle } from '../core/title';

export function NotFound() {
  const t = useT();
  useTitle(t('notFound.title'));
  return (
    <section class="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <a href="/classify">{t('notFound.back')}</a>
      </p>
    </section>
  );
}
