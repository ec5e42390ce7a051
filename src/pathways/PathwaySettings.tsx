/**
 * Settings: "Nation" (whose guidance, law and lead every result names), "Your area" (None, or a pathway pack of that
 * nation, shipped or imported), "Your role", and "Import pathway pack".
 */
import { useEffect, useState } from 'preact/hooks';
import { chooseNation, loadNationIndex, useChosenNation, type NationIndexEntry } from '../core/packs';
import { useT } from '../i18n';
import { nationIdForPathway, pathwaysForNation } from '../nations/overlay';
import type { PathwayPack } from './schema';
import { chooseArea, chooseRole, chosenArea, loadPathway, loadPathwayIndex, ownRole, removeImportedPathway, storeImportedPathway, type PathwayIndexEntry } from './store';
import './strings';
import { isQuotaExceeded, readChosenFile } from '../ui/import-file';

export function PathwaySettings() {
  const t = useT();
  const [index, setIndex] = useState<PathwayIndexEntry[]>([]);
  const [area, setArea] = useState<string | null>(chosenArea);
  const [role, setRole] = useState<string | null>(ownRole);
  const [pack, setPack] = useState<PathwayPack | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [nations, setNations] = useState<NationIndexEntry[]>([]);
  const nation = useChosenNation();
  const reload = () => void loadPathwayIndex().then(setIndex, () => setIndex([]));
  useEffect(reload, []);
  useEffect(() => void loadNationIndex().then(setNations, () => setNations([])), []);
  const areas = nations.length ? pathwaysForNation(index, nation, nations) : [];
  useEffect(() => {
    let live = true;
    if (area) void loadPathway(area).then((p) => live && setPack(p));
    else setPack(null);
    return () => void (live = false);
  }, [area]);

  const onNation = (id: string) => {
    chooseNation(id);
    // An area of another nation no longer applies: its procedure would cite that nation's guidance.
    const current = index.find((e) => e.id === area);
    if (current && nationIdForPathway(current, nations) !== id) onArea('');
  };
  const onArea = (id: string) => {
    chooseArea(id || null);
    setArea(id || null);
  };
  const onRole = (id: string) => {
    chooseRole(id || null);
    setRole(id || null);
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.files?.[0]) return;
    const { MAX_PATHWAY_PACK_BYTES, parsePathwayText } = await import('./import');
    const refuse = (lines: string[]) => setMessage({ ok: false, lines: [t('pathways.refused'), ...lines] });
    const chosen = await readChosenFile(input, MAX_PATHWAY_PACK_BYTES);
    if (!chosen) return;
    if (!chosen.ok) return refuse([t('pathways.tooLarge', chosen.tooLarge)]);
    const { text, name } = chosen;
    const result = parsePathwayText(text, name);
    if (!result.ok) return refuse(result.errors.slice(0, 8));
    try {
      storeImportedPathway(result.pack);
    } catch (err) {
      return refuse([t(isQuotaExceeded(err) ? 'pathways.storageFull' : 'pathways.notKept')]);
    }
    reload();
    setMessage({ ok: true, lines: [t('pathways.imported', { area: result.pack.area, version: result.pack.version })] });
  };

  return (
    <section aria-labelledby="pathway-title">
      <h2 id="pathway-title">{t('pathways.title')}</h2>
      {/* Each label stands apart from its select (for=), so its text is exactly the field's name, not the options too. */}
      <div class="field">
        <label for="your-nation">{t('pathways.nation')}</label>
        <select id="your-nation" value={nation} onChange={(e) => onNation(e.currentTarget.value)} aria-describedby="nation-hint">
          {nations.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
      </div>
      <p id="nation-hint" class="hint">
        {t('pathways.nationHint')}
      </p>
      <div class="field">
        <label for="your-area">{t('pathways.area')}</label>
        <select id="your-area" value={area ?? ''} onChange={(e) => onArea(e.currentTarget.value)} aria-describedby="area-hint">
          <option value="">{t('pathways.none')}</option>
          {areas.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.area}
            </option>
          ))}
        </select>
      </div>
      <p id="area-hint" class="hint">
        {t('pathways.areaHint')}
      </p>
      {pack ? (
        <>
          <div class="field">
            <label for="your-role">{t('pathways.role')}</label>
            <select id="your-role" value={role ?? ''} onChange={(e) => onRole(e.currentTarget.value)} aria-describedby="role-hint">
              <option value="">{t('pathways.roleNone')}</option>
              {pack.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <p id="role-hint" class="hint">
            {t('pathways.roleHint')}
          </p>
        </>
      ) : null}
      <label class="field">
        <span>{t('pathways.import')}</span>
        <input type="file" accept="application/json,.json" onChange={onFile} aria-describedby="pathway-import-hint" />
      </label>
      <p id="pathway-import-hint" class="hint">
        {t('pathways.importHint')}
      </p>
      {message?.ok ? (
        <p class="notice" role="status">
          {message.lines[0]}
        </p>
      ) : null}
      {message && !message.ok ? (
        <div class="notice notice-danger" role="alert">
          {message.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      ) : null}
      {index
        .filter((e) => e.imported)
        .map((e) => (
          <button key={e.id} type="button" class="secondary" onClick={() => (removeImportedPathway(e.id), setArea(chosenArea()), reload())}>
            {t('pathways.remove', { area: e.area })}
          </button>
        ))}
    </section>
  );
}
