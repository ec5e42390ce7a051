/**
 * /training: content warning, choose scenarios (band, level, tag, own only, shuffle), then a presenter or self-practice
 * session; or write a scenario. Nothing is written to notes.
 */
import './strings';
import { useEffect, useState } from 'preact/hooks';
import { usePacks } from '../core/packs';
import { useTitle } from '../core/title';
import { useT } from '../i18n';
import { levelsByRank } from '../rules/levels';
import { LevelShape } from '../ui/LevelBadge';
import { Presenter } from './Presenter';
import { Practice } from './Practice';
import { fromScenario, type ScenarioDraft } from '../scenarios/draft';
import { OwnScenarios, type Message } from './OwnScenarios';
import { ScenarioForm } from './ScenarioForm';
import { useScenarioPacks } from '../scenarios/store';
import type { Scenario } from '../scenarios/schema';
import { isFinished, matches, shuffled, startSession, type Selection, type SessionState } from '../scenarios/session';
import { Summary } from './Summary';
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
  const [ownOnly, setOwnOnly] = useState(false);
  const [writing, setWriting] = useState<ScenarioDraft | null>(null);
  const [closedForm, setClosedForm] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  // A session shows no notes UI anywhere: the app navigation is hidden while one runs.
  const presenting = session !== null;
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', presenting);
    return () => document.documentElement.classList.remove('presenting');
  }, [presenting]);

  if (!packs || !scenarioPacks) return <p role="status">{t('common.loading')}</p>;
  const pack = packs.trafficLight;
  // The shipped pack comes first; every other pack was written or imported on this device.
  const trainerPacks = scenarioPacks.slice(1);
  const scenarios: Scenario[] = scenarioPacks.filter((p) => p.forPack === pack.id).flatMap((p) => p.scenarios);
  const trainerIds = new Set(trainerPacks.flatMap((p) => p.scenarios.map((s) => s.id)));
  const chosen = scenarios.filter((s) => matches(pack, s, selection) && (!ownOnly || trainerIds.has(s.id)));
  const topicLabels: Record<string, string> = Object.assign({}, ...scenarioPacks.map((p) => p.topics ?? {}));
  const topicLabel = (tag: string) => topicLabels[tag] ?? tag.charAt(0).toUpperCase() + tag.slice(1).replace(/-/g, ' ');
  const tags = [...new Set(scenarios.flatMap((s) => s.tags))].sort((a, b) => topicLabel(a).localeCompare(topicLabel(b)));
  /** Topics offered when writing: every labelled topic and every tag in use. */
  const formTopics = Object.fromEntries([...new Set([...Object.keys(topicLabels), ...tags])].map((tag) => [tag, topicLabel(tag)]));
  const toggle = (key: keyof Selection, value: string) =>
    setSelection({ ...selection, [key]: selection[key].includes(value) ? selection[key].filter((v) => v !== value) : [...selection[key], value] });

  if (writing) {
    return (
      <div class="page training">
        <h1>{t('training.title')}</h1>
        <ScenarioForm
          pack={pack}
          topics={formTopics}
          takenIds={new Set(scenarios.map((s) => s.id))}
          initial={writing}
          onSaved={(title) => {
            setWriting(null);
            setClosedForm(true);
            setMessage({ ok: true, lines: [t('training.own.saved', { title })] });
            reloadScenarios();
          }}
          onCancel={() => {
            setWriting(null);
            setClosedForm(true);
            setMessage(null);
          }}
        />
      </div>
    );
  }

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
      {trainerIds.size ? (
        <label class="choice">
          <input type="checkbox" checked={ownOnly} onChange={(e) => setOwnOnly(e.currentTarget.checked)} />
          <span>{t('training.own.onlyOwn')}</span>
        </label>
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
      <button
        type="button"
        disabled={!chosen.length}
        onClick={() => {
          setClosedForm(false);
          setSession(startSession((shuffle ? shuffled(chosen) : chosen).map((s) => s.id)));
        }}
      >
        {t('training.start')}
      </button>
      <OwnScenarios
        pack={pack}
        trainerPacks={trainerPacks}
        message={message}
        focusHeading={closedForm}
        onMessage={setMessage}
        onWrite={(draft) => {
          setMessage(null);
          setWriting(draft);
        }}
        onEdit={(s) => {
          setMessage(null);
          setWriting(fromScenario(s, formTopics));
        }}
        onChanged={reloadScenarios}
      />
    </div>
  );
}
