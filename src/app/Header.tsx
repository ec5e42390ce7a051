/**
 * The header: the app's name and the Urgent link on one row, and the navigation as one row that scrolls sideways
 * on a phone (it never wraps into a second or third row). The Urgent link sits in the header, so it never covers content.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n';

const NAV = [
  { href: '/classify', key: 'nav.classify' },
  { href: '/table', key: 'nav.table' },
  { href: '/continuum', key: 'nav.continuum' },
  { href: '/notes', key: 'nav.notes' },
  { href: '/training', key: 'nav.training' },
  { href: '/settings', key: 'nav.settings' },
  { href: '/about', key: 'nav.about' },
] as const;

const isCurrent = (path: string, href: string) => path === href || path.startsWith(`${href}/`) || (href === '/classify' && path === '/');

export function Header() {
  const t = useT();
  const { path } = useLocation();
  const strip = useRef<HTMLUListElement>(null);
  const firstRun = useRef(true);
  // Keep the current page's link in view in the sideways-scrolling strip, so the active page stays clear.
  useLayoutEffect(() => {
    const current = strip.current?.querySelector<HTMLElement>('[aria-current="page"]');
    // On the first screen a fresh strip is already at its start: reading offsetLeft there would force the first
    // layout inside hydration (~25 ms at 4× CPU in a trace) for a scroll of nothing.
    const alreadyInView = firstRun.current && current?.parentElement === strip.current?.firstElementChild;
    firstRun.current = false;
    if (current && strip.current && !alreadyInView) strip.current.scrollLeft = Math.max(0, current.offsetLeft - strip.current.clientWidth / 2 + current.offsetWidth / 2);
  }, [path]);
  return (
    <header class="app-header">
      <div class="header-row">
        <a class="app-title" href="/">
          {t('app.name')}
        </a>
        <a class="urgent-button" href="/urgent" aria-current={path === '/urgent' ? 'page' : undefined}>
          {t('nav.urgent')}
        </a>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul ref={strip} class="nav-strip">
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                {t(item.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
