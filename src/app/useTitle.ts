import { useEffect } from 'preact/hooks';
import { i18n } from '../i18n';

/** Each route names itself in the document title, so screen readers and tab lists tell pages apart. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = i18n.t('app.titleFormat', { page: title });
  }, [title]);
}
