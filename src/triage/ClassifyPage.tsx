/** /classify: act-now check, then who → what → context, with the result updating as answers change. */
import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePacks } from '../core/packs';
import { useTitle } from '../core/title';
import { useT } from '../i18n';
import { AgeStep, activeBands, parseAge, typedBeforeStart, type AgeState } from './AgeStep';
import { BehaviourStep, initialBehaviourState, prefetchSearch, type BehaviourState } from './BehaviourStep';
import type { Answers } from '../rules/classify';
import { initialJudgement, type JudgementState } from './judgement-state';
import { useAfterPick } from './useAfterPick';
import { UrgentCheck } from './UrgentCheck';

export function ClassifyPage() {
  const t = useT();
  useTitle(t('classify.title'));
  const packs = usePacks();
  const { route } = useLocation();
  const [age, setAge] = useState<AgeState>(typedBeforeStart);
  const [what, setWhat] = useState<BehaviourState>(initialBehaviourState);
  const [answers, setAnswers] = useState<Answers>({});
  const [judgement, setJudgement] = useState<JudgementState>(initialJudgement);

  const pack = packs?.trafficLight;
  const bands = useMemo(() => (pack ? activeBands(pack, age) : []), [pack, age]);
  const behaviour = pack && what.selectedId ? (pack.behaviours.find((b) => b.id === what.selectedId) ?? null) : null;
  const hasSubject = behaviour !== null || (what.noneFits && what.chosenLevelId !== null);
  const afterPick = useAfterPick(hasSubject);
  useEffect(prefetchSearch, []);

  // The rules engine loads with the result (after-pick chunk): the first screen never needs it.
  const result = useMemo(() => {
    if (!pack || !packs || !hasSubject || !afterPick) return null;
    return afterPick.classify(
      pack,
      {
        chronologicalAge: parseAge(age.ageText),
        bandIds: bands.map((b) => b.id),
        developmental: age.developmental && age.devBand !== null,
        behaviour,
        chosenLevelId: what.chosenLevelId ?? undefined,
        answers,
      },
      packs.hackett,
    );
  }, [pack, packs, hasSubject, afterPick, age, bands, behaviour, what.chosenLevelId, answers]);

  /** A new age or band makes an earlier pick meaningless. */
  const onAge = (next: AgeState) => {
    setAge(next);
    setWhat({ ...what, selectedId: null });
  };
  /** A new behaviour starts a fresh judgement. */
  const onWhat = (next: BehaviourState) => {
    if (next.selectedId !== what.selectedId || next.noneFits !== what.noneFits) setJudgement(initialJudgement);
    setWhat(next);
  };

  return (
    <div class="page classify">
      <h1>{t('classify.heading')}</h1>
      <UrgentCheck />
      <div class="classify-layout">
        <form class="steps" onSubmit={(e) => e.preventDefault()} aria-label={t('classify.formLabel')}>
          <AgeStep pack={pack ?? null} state={age} onChange={onAge} />
          {pack && bands.length ? <BehaviourStep pack={pack} bands={bands} childAge={parseAge(age.ageText)} state={what} onChange={onWhat} /> : null}
        </form>
        <p class="visually-hidden" aria-live="polite">
          {result ? t('result.announce', { level: result.level.label, provisional: result.provisional ? ` — ${t('result.provisional')}` : '' }) : ''}
        </p>
        {pack && packs && result && afterPick ? (
          <afterPick.ResultView
            pack={pack}
            hackett={packs.hackett}
            result={result}
            behaviour={behaviour}
            ownWords={what.ownWords}
            bandId={behaviour?.band ?? bands[0]?.id ?? null}
            focusKey={`${what.selectedId ?? ''}|${what.noneFits ? what.chosenLevelId : ''}`}
            judgement={judgement}
            onJudgement={setJudgement}
            range={{ age: parseAge(age.ageText), bands }}
            onSaveNote={(local) => {
              const to = afterPick.stashSnapshot(
                afterPick.toSnapshot(pack, packs.hackett, result, { nation: packs.nation.name, behaviour, ownWords: what.ownWords, bandIds: bands.map((b) => b.id), chronologicalAge: parseAge(age.ageText), developmental: age.developmental && age.devBand !== null, answers, judgement, local }, t),
              );
              route(to);
            }}
          >
            <afterPick.ContextStep criteria={result.applicableCriteria} answers={answers} onChange={setAnswers} />
          </afterPick.ResultView>
        ) : null}
      </div>
    </div>
  );
}
