/**
 * "Write a scenario": a trainer's own fictional case, with the rules engine's level shown as it is filled and the
 * text scanned for what could identify someone before it is saved. Kept as typed while open, so nothing is lost.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { ContextStep } from '../triage/ContextStep';
// The context questions look as they do under a result.
import '../triage/result.css';
import { BehaviourField } from './BehaviourField';
import { chosenBehaviour, draftProblems, draftTexts, engineResult, newScenarioId, otherTopics, parseAge, toScenario, type DraftProblem, type ScenarioDraft } from '../scenarios/draft';
import { questionsFor } from '../scenarios/engine';
import { EngineLevel } from './EngineLevel';
import { VariantsField } from './VariantsField';
import { scanFields } from '../scenarios/identifiable';
import { hasBlocking, possibleNames, PrivacyCheck } from './PrivacyCheck';
import { clearDraft, saveOwnScenario, storeDraft } from '../scenarios/store';

const errorId = (p: DraftProblem) => `scenario-error-${p}`;

export function ScenarioForm({
  pack,
  topics,
  takenIds,
  initial,
  onSaved,
  onCancel,
}: {
  pack: TrafficLightPack;
  /** Topic labels known from every pack here, offered as choices. */
  topics: Readonly<Record<string, string>>;
  takenIds: ReadonlySet<string>;
  initial: ScenarioDraft;
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<ScenarioDraft>(initial);
  const [attempted, setAttempted] = useState(false);
  /** The names the trainer ticked as made up: a new possible name asks again. */
  const [confirmedNames, setConfirmedNames] = useState<string>('');
  const [saveErrors, setSaveErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  // Kept from the first change on (opening the form and leaving it leaves no draft behind), and kept at once, not
  // in an effect after the next paint: a reload straight after typing must not lose the last keystrokes.
  const set = (patch: Partial<ScenarioDraft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      storeDraft(next);
      return next;
    });
  const age = parseAge(draft.age);
  const behaviour = chosenBehaviour(pack, draft);
  const result = useMemo(() => engineResult(pack, draft), [pack, draft]);
  const problems = draftProblems(pack, draft);
  const found = useMemo(() => scanFields(draftTexts(draft)), [draft]);
  const names = possibleNames(found);
  const namesOk = !names.length || confirmedNames === names.join('|');
  const shownProblems = attempted ? problems : [];
  const problem = (p: DraftProblem) => (shownProblems.includes(p) ? errorId(p) : undefined);
  const fieldLabel = (field: string) => (field.startsWith('variant-') ? t('training.form.variant', { n: Number(field.slice(8)) + 1 }) : t(`training.form.field.${field}`));
  const problemText = (p: DraftProblem) => (p.startsWith('variant-') ? t('training.form.missing.variant', { n: Number(p.slice(8)) + 1 }) : t(`training.form.missing.${p}`));
  const missing = (p: DraftProblem) =>
    shownProblems.includes(p) ? (
      <p id={errorId(p)} class="field-missing">
        {problemText(p)}
      </p>
    ) : null;

  const save = async (e: Event) => {
    e.preventDefault();
    setAttempted(true);
    setSaveErrors([]);
    if (problems.length || hasBlocking(found) || !namesOk) {
      summary.current?.focus();
      return;
    }
    const id = draft.id ?? newScenarioId(draft.title, takenIds);
    const scenario = toScenario(pack, draft, id);
    if (!scenario) return;
    setSaving(true);
    const { newOwnPack, scenarioProblems } = await import('../scenarios/own-pack');
    setSaving(false);
    const wrong = scenarioProblems(pack, scenario);
    const labels = { ...Object.fromEntries(scenario.tags.filter((tag) => topics[tag]).map((tag) => [tag, topics[tag]!])), ...otherTopics(draft) };
    const today = new Date().toISOString().slice(0, 10);
    const texts = { title: t('training.own.packTitle'), source: t('training.own.packSource'), licence: t('training.own.packLicence'), credit: t('training.own.packCredit') };
    const stored = wrong.length ? null : saveOwnScenario(scenario, labels, (first) => newOwnPack(pack, texts, first, today));
    if (!stored?.ok) {
      setSaveErrors(stored ? [t(`training.own.${stored.reason}`)] : [t('training.form.notValid'), ...wrong]);
      summary.current?.focus();
      return;
    }
    clearDraft();
    onSaved(scenario.title);
  };

  const topicIds = Object.keys(topics).sort((a, b) => topics[a]!.localeCompare(topics[b]!));
  const blocked = attempted && (problems.length > 0 || hasBlocking(found) || !namesOk);
  return (
    <form class="scenario-form" onSubmit={save} noValidate aria-labelledby="scenario-form-heading">
      <h2 id="scenario-form-heading" ref={heading} tabIndex={-1}>
        {draft.id ? t('training.form.headingEdit') : t('training.form.heading')}
      </h2>
      <p class="notice notice-warning">{t('training.form.fictional')}</p>
      <label class="field">
        <span>{t('training.form.title')}</span>
        <input type="text" value={draft.title} autoComplete="off" aria-invalid={problem('title') ? true : undefined} aria-describedby={problem('title')} onInput={(e) => set({ title: e.currentTarget.value })} />
      </label>
      {missing('title')}
      <label class="field">
        <span>{t('training.form.age')}</span>
        <input type="number" inputMode="numeric" min={0} max={17} step={1} value={draft.age} aria-invalid={problem('age') ? true : undefined} aria-describedby={problem('age')} onInput={(e) => set({ age: e.currentTarget.value })} />
      </label>
      {missing('age')}
      <label class="field">
        <span>{t('training.form.vignette')}</span>
        <textarea rows={5} value={draft.vignette} aria-invalid={problem('vignette') ? true : undefined} aria-describedby={problem('vignette') ? `vignette-hint ${errorId('vignette')}` : 'vignette-hint'} onInput={(e) => set({ vignette: e.currentTarget.value })} />
      </label>
      <p id="vignette-hint" class="hint">
        {t('training.form.vignetteHint')}
      </p>
      {missing('vignette')}
      <BehaviourField pack={pack} age={age} behaviourId={draft.behaviourId} onChoose={(behaviourId) => set({ behaviourId })} error={problem('behaviour')} />
      {missing('behaviour')}
      <ContextStep criteria={questionsFor(pack, behaviour)} answers={draft.facts} onChange={(facts) => set({ facts: { ...facts } })} />
      <EngineLevel pack={pack} result={result?.scenario ?? null} expected={draft.expectedLevel} onExpected={(expectedLevel) => set({ expectedLevel })} />
      <label class="field">
        <span>{t('training.discussion')}</span>
        <textarea rows={4} value={draft.discussion} aria-invalid={problem('discussion') ? true : undefined} aria-describedby={problem('discussion') ? `discussion-hint ${errorId('discussion')}` : 'discussion-hint'} onInput={(e) => set({ discussion: e.currentTarget.value })} />
      </label>
      <p id="discussion-hint" class="hint">
        {t('training.form.discussionHint')}
      </p>
      {missing('discussion')}
      <VariantsField
        criteria={questionsFor(pack, behaviour)}
        variants={draft.variants}
        results={result?.variants ?? null}
        errors={Object.fromEntries(shownProblems.filter((p) => p.startsWith('variant-')).map((p) => [Number(p.slice(8)), { id: errorId(p), text: problemText(p) }]))}
        onChange={(variants) => set({ variants })}
      />
      <fieldset class="choice-group topics">
        <legend>{t('training.form.topics')}</legend>
        <div class="topic-choices">
          {topicIds.map((tag) => (
            <label class="choice" key={tag}>
              <input type="checkbox" checked={draft.tags.includes(tag)} onChange={() => set({ tags: draft.tags.includes(tag) ? draft.tags.filter((x) => x !== tag) : [...draft.tags, tag] })} />
              <span>{topics[tag]}</span>
            </label>
          ))}
        </div>
        <label class="field">
          <span>{t('training.form.otherTopics')}</span>
          <input type="text" value={draft.otherTopics} autoComplete="off" onInput={(e) => set({ otherTopics: e.currentTarget.value })} />
        </label>
      </fieldset>
      <PrivacyCheck found={found} fieldLabel={fieldLabel} namesConfirmed={namesOk && names.length > 0} onConfirmNames={(ok) => setConfirmedNames(ok ? names.join('|') : '')} />
      <div ref={summary} tabIndex={-1} role="alert" class="save-problems">
        {blocked || saveErrors.length ? (
          <>
            <p>
              <strong>{t('training.form.fixFirst')}</strong>
            </p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{problemText(p)}</li>
              ))}
              {hasBlocking(found) ? <li>{t('training.form.removeFindings')}</li> : null}
              {!namesOk ? <li>{t('training.form.namesUnconfirmed')}</li> : null}
              {saveErrors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div class="session-controls">
        <button type="submit" disabled={saving}>
          {t('training.form.save')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            clearDraft();
            onCancel();
          }}
        >
          {t('training.form.cancel')}
        </button>
      </div>
    </form>
  );
}
