import { useLayoutEffect } from 'preact/hooks';
import { i18n } from '../i18n';

/**
 * Each route names itself in the document title, so screen readers and tab lists tell pages apart.
 * Set in the same commit as the page (layout effect), so the title never lags behind the heading.
 */
export function useTitle(title: string): void {
  useLayoutEffect(() => {
    document.title = i18n.t('app.titleFormat', { page: title });
  }, [title]);
}
