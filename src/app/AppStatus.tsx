/**
 * The status line under the header: offline, update waiting, ready to work offline, install. Its space is reserved
 * from the first paint and it shows one notice at a time, so a late notice never moves the page or covers a control.
 */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { isIosSafari, promptInstall, reloadForUpdate, usePwa } from '../core/pwa';

type Notice = 'update' | 'offline' | 'ready' | 'install' | 'ios' | null;

export function AppStatus() {
  const t = useT();
  const pwa = usePwa();
  const [readyDismissed, setReadyDismissed] = useState(false);
  const [installDismissed, setInstallDismissed] = useState(false);
  // Read after mount: the prerendered HTML has no user agent, and the first client render must match it.
  const [ios, setIos] = useState(false);
  useEffect(() => setIos(isIosSafari()), []);
  const notice: Notice = pwa.updateAvailable
    ? 'update'
    : !pwa.online
      ? 'offline'
      : pwa.offlineReady && !readyDismissed
        ? 'ready'
        : pwa.canInstall && !installDismissed
          ? 'install'
          : ios && !installDismissed
            ? 'ios'
            : null;
  return (
    <div class="app-status">
      <div role="status" aria-label={pwa.online ? undefined : t('pwa.offline')}>
        {notice === 'offline' ? <span class="offline-pill">{t('pwa.offline')}</span> : null}
        {notice === 'ready' ? (
          <span class="toast">
            <span>{t('pwa.ready')}</span>
            <button type="button" class="secondary" onClick={() => setReadyDismissed(true)}>
              {t('pwa.dismiss')}
            </button>
          </span>
        ) : null}
      </div>
      {notice === 'update' ? (
        <div class="toast" role="alert">
          <span>{t('pwa.updateAvailable')}</span>
          <button type="button" onClick={() => void reloadForUpdate()}>
            {t('pwa.reload')}
          </button>
        </div>
      ) : null}
      {notice === 'install' || notice === 'ios' ? (
        <div class="toast">
          {notice === 'install' ? (
            <button type="button" class="secondary" onClick={() => void promptInstall()}>
              {t('pwa.install')}
            </button>
          ) : (
            <span class="hint">{t('pwa.iosInstall')}</span>
          )}
          <button type="button" class="secondary" onClick={() => setInstallDismissed(true)}>
            {t('pwa.notNow')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
