/** Deleting asks once more: nothing is deleted from the device without a confirmation. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../i18n';

export function ConfirmDelete({ label, ariaLabel, question, yes, onDelete }: { label: string; ariaLabel?: string; question: ComponentChildren; yes: string; onDelete: () => Promise<void> }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return asking ? (
    <div class="notice notice-danger" role="alert">
      <p>{question}</p>
      <div class="session-controls">
        <button type="button" class="danger" onClick={() => void onDelete().then(() => setAsking(false))}>
          {yes}
        </button>
        <button type="button" class="secondary" onClick={() => setAsking(false)}>
          {t('notes.cancel')}
        </button>
      </div>
    </div>
  ) : (
    <button type="button" class="secondary" aria-label={ariaLabel} onClick={() => setAsking(true)}>
      {label}
    </button>
  );
}
