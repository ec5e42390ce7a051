/** /training: content warning, choose scenarios (band, level, tag, shuffle), then a presenter or self-practice session. Nothing is written to notes. */
import './strings';
import { useEffect, useState } from 'preact/hooks';
import { usePacks } from '../app/packs';
import { useTitle } from '../app/useTitle';
import { useT } from '../i18n';
import { levelsByRank } from '../triage/levels';
import { LevelShape } from '../ui/LevelBadge';
import { Presenter } from './Presenter';
import { Practice } from './Practice';
import { useScenarioPacks, storeTrainerPack } from './scenarios';
import type { Scenario } from './schema';
import { isFinished, matches, shuffled, startSession, type Selection, type SessionState } from './session';
import { Summary } from './Summary';
import { FileTooLargeError, isQuotaExceeded, megabytes, readFileWithin } from '../ui/import-file';
import './training.css';

type Mode = 'presenter' | 'practice';

export function TrainingPage() {
  const t = useT();
  useTitle(t('training.title'));
  const packs = usePacks();
  const [scenarioPacks, reloadScenarios] = useScenarioPacks();
  const [mode, setMode] = useState<Mode>('presenter');
  const [selection, setSelection] = useState<Selection>({ bands: [], levels: [], tags: [] });
  const [shuffle, setShuffle] = useState(false);
  const [showBehaviourEarly, setShowBehaviourEarly] = useState(false);
  const [session, setSession] = useState<SessionState | null>(null);
  const [importMessage, setImportMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  // A session shows no notes UI anywhere: the app navigation is hidden while one runs.
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', session !== null);
    return () => document.documentElement.classList.remove('presenting');
  }, [session !== null]);

  if (!packs || !scenarioPacks) return <p role="status">{t('common.loading')}</p>;
  const pack = packs.trafficLight;
  const scenarios: Scenario[] = scenarioPacks.filter((p) => p.forPack === pack.id).flatMap((p) => p.scenarios);
  const chosen = scenarios.filter((s) => matches(pack, s, selection));
  const topicLabels: Record<string, string> = Object.assign({}, ...scenarioPacks.map((p) => p.topics ?? {}));
  const topicLabel = (tag: string) => topicLabels[tag] ?? tag.charAt(0).toUpperCase() + tag.slice(1).replace(/-/g, ' ');
  const tags = [...new Set(scenarios.flatMap((s) => s.tags))].sort((a, b) => topicLabel(a).localeCompare(topicLabel(b)));
  const toggle = (key: keyof Selection, value: string) =>
    setSelection({ ...selection, [key]: selection[key].includes(value) ? selection[key].filter((v) => v !== value) : [...selection[key], value] });

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const { MAX_SCENARIO_PACK_BYTES, parseScenarioPack } = await import('./import');
    const refuse = (lines: string[]) => setImportMessage({ ok: false, lines: [t('training.importRefused'), ...lines] });
    let text: string;
    try {
      text = await readFileWithin(file, MAX_SCENARIO_PACK_BYTES);
    } catch (err) {
      if (err instanceof FileTooLargeError) return refuse([t('training.tooLarge', { file: file.name, size: megabytes(err.size), limit: megabytes(err.limit) })]);
      throw err;
    }
    const result = parseScenarioPack(text, file.name, pack);
    if (!result.ok) return refuse(result.errors.slice(0, 8));
    try {
      storeTrainerPack(result.pack);
    } catch (err) {
      return refuse([t(isQuotaExceeded(err) ? 'training.storageFull' : 'training.notKept')]);
    }
    reloadScenarios();
    setImportMessage({ ok: true, lines: [t('training.imported', { count: result.pack.scenarios.length, title: result.pack.provenance.title })] });
  };

  if (session) {
    const restart = () => setSession(null);
    return (
      <div class={`page training training-${mode}`}>
        <h1 class="visually-hidden">{t('training.title')}</h1>
        {isFinished(session) ? (
          <Summary pack={pack} scenarios={scenarios} state={session} mode={mode} onRestart={restart} />
        ) : mode === 'presenter' ? (
          <Presenter pack={pack} hackett={packs.hackett} scenarios={scenarios} state={session} onChange={(update) => setSession((s) => (s ? update(s) : s))} showBehaviourEarly={showBehaviourEarly} />
        ) : (
          <Practice pack={pack} hackett={packs.hackett} scenarios={scenarios} state={session} onChange={setSession} />
        )}
        <button type="button" class="link-button" onClick={restart}>
          {t('training.endSession')}
        </button>
      </div>
    );
  }

  return (
    <div class="page training">
      <h1>{t('training.title')}</h1>
      <p class="notice notice-warning">{t('training.contentWarning')}</p>
      <p>{t('training.intro')}</p>
      <fieldset class="choice-group">
        <legend>{t('training.mode')}</legend>
        {(['presenter', 'practice'] as const).map((m) => (
          <label class="choice" key={m}>
            <input type="radio" name="training-mode" checked={mode === m} onChange={() => setMode(m)} />
            <span>{t(`training.modes.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-group">
        <legend>{t('training.byBand')}</legend>
        {pack.bands.map((b) => (
          <label class="choice" key={b.id}>
            <input type="checkbox" checked={selection.bands.includes(b.id)} onChange={() => toggle('bands', b.id)} />
            <span>{t('classify.who.bandOption', { band: b.label })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-group">
        <legend>{t('training.byLevel')}</legend>
        {levelsByRank(pack).map((l) => (
          <label class="choice" key={l.id}>
            <input type="checkbox" checked={selection.levels.includes(l.id)} onChange={() => toggle('levels', l.id)} />
            <LevelShape level={l} />
            <span>{l.label}</span>
          </label>
        ))}
      </fieldset>
      {tags.length ? (
        <fieldset class="choice-group">
          <legend>{t('training.byTag')}</legend>
          {tags.map((tag) => (
            <label class="choice" key={tag}>
              <input type="checkbox" checked={selection.tags.includes(tag)} onChange={() => toggle('tags', tag)} />
              <span>{topicLabel(tag)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <label class="choice">
        <input type="checkbox" checked={shuffle} onChange={(e) => setShuffle(e.currentTarget.checked)} />
        <span>{t('training.shuffle')}</span>
      </label>
      {mode === 'presenter' ? (
        <label class="choice">
          <input type="checkbox" checked={showBehaviourEarly} onChange={(e) => setShowBehaviourEarly(e.currentTarget.checked)} aria-describedby="show-behaviour-hint" />
          <span>{t('training.showBehaviour')}</span>
        </label>
      ) : null}
      {mode === 'presenter' ? (
        <p id="show-behaviour-hint" class="hint">
          {t('training.showBehaviourHint')}
        </p>
      ) : null}
      <p role="status">{t('training.chosen', { count: chosen.length })}</p>
      <button type="button" disabled={!chosen.length} onClick={() => setSession(startSession((shuffle ? shuffled(chosen) : chosen).map((s) => s.id)))}>
        {t('training.start')}
      </button>
      <h2>{t('training.ownPack')}</h2>
      <p class="hint">{t('training.ownPackHint')}</p>
      <label class="field">
        <span>{t('training.import')}</span>
        <input type="file" accept="application/json,.json" onChange={onImport} />
      </label>
      <div role={importMessage && !importMessage.ok ? 'alert' : 'status'}>
        {importMessage ? importMessage.lines.map((l) => <p key={l}>{l}</p>) : null}
      </div>
    </div>
  );
}
