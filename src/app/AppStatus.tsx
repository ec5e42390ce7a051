/** Non-blocking status bar: Offline indicator, update waiting, first-install ready, install button. */
import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { isIosSafari, promptInstall, reloadForUpdate, usePwa } from './pwa';

export function AppStatus() {
  const t = useT();
  const pwa = usePwa();
  const [readyDismissed, setReadyDismissed] = useState(false);
  const [installDismissed, setInstallDismissed] = useState(false);
  const [iosHint] = useState(() => isIosSafari());
  return (
    <div class="app-status">
      <div role="status" aria-label={pwa.online ? undefined : t('pwa.offline')}>
        {pwa.online ? null : <span class="offline-pill">{t('pwa.offline')}</span>}
      </div>
      {/* In the page flow, not floating: a floating toast would cover the controls under it (seen in e2e). The cost is a layout shift when one arrives. */}
      <div class="toasts">
        {pwa.updateAvailable ? (
          <div class="toast" role="alert">
            <span>{t('pwa.updateAvailable')}</span>
            <button type="button" onClick={() => void reloadForUpdate()}>
              {t('pwa.reload')}
            </button>
          </div>
        ) : null}
        {pwa.offlineReady && !readyDismissed ? (
          <div class="toast" role="status">
            <span>{t('pwa.ready')}</span>
            <button type="button" class="secondary" onClick={() => setReadyDismissed(true)}>
              {t('pwa.dismiss')}
            </button>
          </div>
        ) : null}
        {pwa.canInstall && !installDismissed ? (
          <div class="toast">
            <button type="button" class="secondary" onClick={() => void promptInstall()}>
              {t('pwa.install')}
            </button>
            <button type="button" class="secondary" onClick={() => setInstallDismissed(true)}>
              {t('pwa.notNow')}
            </button>
          </div>
        ) : null}
      </div>
      {iosHint ? <p class="hint">{t('pwa.iosInstall')}</p> : null}
    </div>
  );
}
