/** A scenario the engine sends to act now: the route and its prompts, as the presenter's answer and the form both show it. */
import { useT } from '../i18n';
import type { Classification } from '../rules/classify';

export function ActNowRoute({ items }: { items: Classification['actNow'] }) {
  const t = useT();
  if (!items.length) return null;
  return (
    <div class="notice notice-danger">
      <p>
        <strong>{t('training.actNowRoute')}</strong>
      </p>
      {items.map((a) => (
        <p key={a.id}>{a.text}</p>
      ))}
    </div>
  );
}
