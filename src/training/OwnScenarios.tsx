/** "Your own scenarios": the ones written here (edit, delete, export as a pack), imported packs (remove), and "Import scenarios". */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { deliver } from '../ui/deliver';
import { levelById } from '../rules/levels';
import { LevelBadge } from '../ui/LevelBadge';
import { emptyDraft, type ScenarioDraft } from '../scenarios/draft';
import { readChosenFile } from '../ui/import-file';
import { clearDraft, deleteOwnScenario, readDraft, readOwnPack, removeTrainerPack, storeTrainerPack } from '../scenarios/store';
import type { Scenario, ScenarioPack } from '../scenarios/schema';

export interface Message {
  ok: boolean;
  lines: string[];
}

export function OwnScenarios({
  pack,
  trainerPacks,
  message,
  focusHeading,
  onMessage,
  onWrite,
  onEdit,
  onChanged,
}: {
  pack: TrafficLightPack;
  /** Every pack stored on this device besides the shipped one. */
  trainerPacks: readonly ScenarioPack[];
  message: Message | null;
  /** After the form closes, the heading takes focus so the list is where the trainer lands. */
  focusHeading: boolean;
  onMessage: (m: Message | null) => void;
  onWrite: (draft: ScenarioDraft) => void;
  onEdit: (scenario: Scenario) => void;
  onChanged: () => void;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [draft, setDraft] = useState(() => readDraft<ScenarioDraft>());
  const own = readOwnPack();
  const imported = trainerPacks.filter((p) => p.id !== own?.id);
  // Only as it first shows (after the form closes): later renders must not pull focus back.
  const focusOnShow = useRef(focusHeading);
  useEffect(() => {
    if (focusOnShow.current) heading.current?.focus();
  }, []);

  const failed = (reason: 'quota' | 'unavailable') => onMessage({ ok: false, lines: [t(`training.own.${reason}`)] });
  const remove = (s: Scenario) => {
    const done = deleteOwnScenario(s.id);
    setConfirming(null);
    if (!done.ok) return failed(done.reason);
    onMessage({ ok: true, lines: [t('training.own.deleted', { title: s.title })] });
    onChanged();
  };
  const exportPack = async () => {
    if (!own) return;
    const { packForExport } = await import('../scenarios/own-pack');
    const result = packForExport(pack, own, new Date().toISOString().slice(0, 10));
    if (!result.ok) return onMessage({ ok: false, lines: [t('training.own.exportRefused'), ...result.errors.slice(0, 8)] });
    await deliver(result.pack.fileName, 'application/json', result.pack.text);
    onMessage({ ok: true, lines: [t('training.own.exported', { count: own.scenarios.length, file: result.pack.fileName })] });
  };
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.files?.[0]) return;
    const { MAX_SCENARIO_PACK_BYTES, parseScenarioPack } = await import('../scenarios/import');
    const refuse = (lines: string[]) => onMessage({ ok: false, lines: [t('training.importRefused'), ...lines] });
    const chosen = await readChosenFile(input, MAX_SCENARIO_PACK_BYTES);
    if (!chosen) return;
    if (!chosen.ok) return refuse([t('training.tooLarge', chosen.tooLarge)]);
    const { text, name } = chosen;
    const result = parseScenarioPack(text, name, pack);
    if (!result.ok) return refuse(result.errors.slice(0, 8));
    const stored = storeTrainerPack(result.pack);
    if (!stored.ok) return refuse([t(stored.reason === 'quota' ? 'training.storageFull' : 'training.notKept')]);
    onChanged();
    onMessage({ ok: true, lines: [t('training.imported', { count: result.pack.scenarios.length, title: result.pack.provenance.title })] });
  };

  return (
    <section class="own-scenarios" aria-labelledby="own-scenarios-heading">
      <h2 id="own-scenarios-heading" ref={heading} tabIndex={-1}>
        {t('training.ownPack')}
      </h2>
      <p class="hint">{t('training.ownPackHint')}</p>
      {draft ? (
        <div class="notice">
          <p>{draft.title.trim() ? t('training.own.draftKeptTitled', { title: draft.title.trim() }) : t('training.own.draftKept')}</p>
          <div class="session-controls">
            <button type="button" onClick={() => onWrite(draft)}>
              {t('training.own.continue')}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                clearDraft();
                setDraft(null);
              }}
            >
              {t('training.own.discard')}
            </button>
          </div>
        </div>
      ) : null}
      {own ? (
        <ul class="own-list" aria-label={t('training.own.listLabel')}>
          {own.scenarios.map((s) => (
            <li key={s.id}>
              <p>
                <strong>{s.title}</strong> — {t('training.age', { age: s.age })}
                {own.forPack === pack.id ? (
                  <>
                    {' — '}
                    <LevelBadge level={levelById(pack, s.expectedLevel)} />
                  </>
                ) : null}
              </p>
              {confirming === s.id ? (
                <div class="session-controls" role="group" aria-label={t('training.own.confirmDelete', { title: s.title })}>
                  <p>{t('training.own.confirmDelete', { title: s.title })}</p>
                  <button type="button" class="danger" onClick={() => remove(s)}>
                    {t('training.own.deleteYes')}
                  </button>
                  <button type="button" class="secondary" onClick={() => setConfirming(null)}>
                    {t('training.own.deleteNo')}
                  </button>
                </div>
              ) : (
                <div class="session-controls">
                  <button type="button" class="secondary" disabled={Boolean(draft)} aria-label={t('training.own.edit', { title: s.title })} aria-describedby={draft ? 'own-draft-first' : undefined} onClick={() => onEdit(s)}>
                    {t('training.own.editShort')}
                  </button>
                  <button type="button" class="secondary" aria-label={t('training.own.delete', { title: s.title })} onClick={() => setConfirming(s.id)}>
                    {t('training.own.deleteShort')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('training.own.none')}</p>
      )}
      {draft && own ? (
        <p id="own-draft-first" class="hint">
          {t('training.own.draftFirst')}
        </p>
      ) : null}
      <div class="session-controls">
        <button type="button" onClick={() => onWrite(draft ?? emptyDraft())}>
          {t('training.own.write')}
        </button>
        <button type="button" class="secondary" disabled={!own} onClick={() => void exportPack()}>
          {t('training.own.export')}
        </button>
      </div>
      <label class="field">
        <span>{t('training.import')}</span>
        <input type="file" accept="application/json,.json" onChange={onImport} />
      </label>
      {imported.length ? (
        <>
          <h3>{t('training.own.importedPacks')}</h3>
          <ul class="own-list">
            {imported.map((p) => (
              <li key={p.id}>
                <p>{t('training.own.importedPack', { title: p.provenance.title, count: p.scenarios.length })}</p>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('training.own.remove', { title: p.provenance.title })}
                  onClick={() => {
                    const done = removeTrainerPack(p.id);
                    if (!done.ok) return failed(done.reason);
                    onChanged();
                    onMessage({ ok: true, lines: [t('training.own.removed', { title: p.provenance.title })] });
                  }}
                >
                  {t('training.own.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div role={message && !message.ok ? 'alert' : 'status'}>{message ? message.lines.map((l) => <p key={l}>{l}</p>) : null}</div>
    </section>
  );
}
