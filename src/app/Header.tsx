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

export function Header() {
  const t = useT();
  const { path } = useLocation();
  return (
    <header class="app-header">
      <a class="app-title" href="/">
        {t('app.name')}
      </a>
      <a class="urgent-button" href="/urgent" aria-current={path === '/urgent' ? 'page' : undefined}>
        {t('nav.urgent')}
      </a>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined}>
                {t(item.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
