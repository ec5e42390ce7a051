/** The identifiability scan's findings: e-mails, phone numbers and dates of birth must go; possible names need a tick that they are made up. */
import { useT } from '../i18n';
import { isBlocking, type FieldFindings } from '../scenarios/identifiable';

/** The possible names found, each once, in order: what the tick confirms. */
export const possibleNames = (found: readonly FieldFindings[]): string[] => [...new Set(found.flatMap((f) => f.findings.filter((x) => x.kind === 'name').map((x) => x.text)))];

export const hasBlocking = (found: readonly FieldFindings[]): boolean => found.some((f) => f.findings.some(isBlocking));

export function PrivacyCheck({
  found,
  fieldLabel,
  namesConfirmed,
  onConfirmNames,
}: {
  found: readonly FieldFindings[];
  fieldLabel: (field: string) => string;
  namesConfirmed: boolean;
  onConfirmNames: (confirmed: boolean) => void;
}) {
  const t = useT();
  const blocking = found.flatMap((f) => f.findings.filter(isBlocking).map((x) => ({ ...x, field: f.field })));
  const names = possibleNames(found);
  return (
    <section class="privacy-check" aria-labelledby="privacy-check-heading">
      <h3 id="privacy-check-heading">{t('training.form.privacyHeading')}</h3>
      {!found.length ? <p class="hint">{t('training.form.privacyClear')}</p> : null}
      {blocking.length ? (
        <ul class="notice notice-danger">
          {blocking.map((x) => (
            <li key={`${x.field}-${x.index}-${x.kind}`}>{t(`training.form.finding.${x.kind}`, { text: x.text, field: fieldLabel(x.field) })}</li>
          ))}
        </ul>
      ) : null}
      {names.length ? (
        <div class="notice notice-warning">
          <p>{t('training.form.namesFound', { names: names.join(', ') })}</p>
          <label class="choice">
            <input type="checkbox" checked={namesConfirmed} onChange={(e) => onConfirmNames(e.currentTarget.checked)} />
            <span>{t('training.form.namesMadeUp')}</span>
          </label>
        </div>
      ) : null}
    </section>
  );
}
