import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import type { HackettPack, TrafficLightPack } from '../../src/content/schema';
import '../../src/i18n';
import { BehaviourStep, initialBehaviourState, type BehaviourState } from '../../src/triage/BehaviourStep';
import { classify, type Answers } from '../../src/triage/classify';
import { initialJudgement, type JudgementState } from '../../src/triage/Judgement';
import { ResultView } from '../../src/triage/ResultView';

const pack = tlJson as unknown as TrafficLightPack;
const hackett = hackettJson as unknown as HackettPack;
const bands = (...ids: string[]) => pack.bands.filter((b) => ids.includes(b.id));

function BehaviourHarness({ bandIds, onState }: { bandIds: string[]; onState: (s: BehaviourState) => void }) {
  const [state, setState] = useState(initialBehaviourState);
  onState(state);
  return <BehaviourStep pack={pack} bands={bands(...bandIds)} state={state} onChange={setState} />;
}

describe('BehaviourStep', () => {
  it('lists matches within the band as one button each, named with the level word, and never auto-picks', () => {
    let state = initialBehaviourState;
    render(<BehaviourHarness bandIds={['9-13']} onState={(s) => (state = s)} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search behaviours' }), { target: { value: 'nudes' } });
    const list = screen.getByRole('list', { name: 'Matching behaviours' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(within(item).getAllByRole('button')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: /distributing naked.* Red/ })).toBeTruthy();
    expect(state.selectedId).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: /distributing naked/ }));
    expect(state.selectedId).toBe('9-13-red-distributing-images');
  });

  it('shows what tells candidates apart when they differ in level', () => {
    render(<BehaviourHarness bandIds={['13-17']} onState={() => {}} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search behaviours' }), { target: { value: 'porn' } });
    expect(screen.getByText(/different levels/)).toBeTruthy();
    expect(screen.getByText('Violent or exploitative material, not ordinary erotica')).toBeTruthy();
  });

  it('browses a whole level without typing', () => {
    render(<BehaviourHarness bandIds={['5-9']} onState={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Red behaviours' }));
    expect(within(screen.getByRole('list', { name: 'Matching behaviours' })).getAllByRole('button')).toHaveLength(5);
  });

  it('"None of these fits" asks for own words and a level from the general descriptions', () => {
    let state = initialBehaviourState;
    render(<BehaviourHarness bandIds={['5-9']} onState={(s) => (state = s)} />);
    fireEvent.click(screen.getByRole('button', { name: 'None of these fits' }));
    fireEvent.input(screen.getByLabelText('Describe the behaviour in your own words'), { target: { value: 'x' } });
    const group = screen.getByRole('group', { name: 'Which general description fits best?' });
    fireEvent.click(within(group).getByRole('radio', { name: /^Amber/ }));
    expect(state).toMatchObject({ noneFits: true, ownWords: 'x', chosenLevelId: 'amber' });
  });
});

function ResultHarness({ behaviourId, age, answers }: { behaviourId: string; age: number; answers: Answers }) {
  const [judgement, setJudgement] = useState<JudgementState>(initialJudgement);
  const behaviour = pack.behaviours.find((b) => b.id === behaviourId)!;
  const result = classify(pack, { chronologicalAge: age, bandIds: [behaviour.band], developmental: false, behaviour, answers }, hackett);
  return <ResultView pack={pack} hackett={hackett} result={result} behaviour={behaviour} ownWords="" bandId={behaviour.band} focusKey={behaviourId} judgement={judgement} onJudgement={setJudgement} onSaveNote={() => {}} />;
}

describe('ResultView', () => {
  it('names the region, starts the h2 with the level word, hides the icon, and focuses the heading', () => {
    render(<ResultHarness behaviourId="5-9-amber-sexual-bullying" age={7} answers={{ 'not-mutual': 'no', 'power-difference': 'no' }} />);
    const region = screen.getByRole('region', { name: 'Result' });
    const h2 = within(region).getByRole('heading', { level: 2 });
    expect(h2.textContent).toMatch(/^Amber/);
    expect(h2.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(document.activeElement).toBe(h2);
    expect(region.textContent).toContain('Listed as amber for 5–9.');
    expect(region.textContent).toContain('Gathering information does not mean investigating');
    expect(region.textContent).toContain('Consider whether this child is also being harmed.');
    expect(within(region).getByRole('heading', { name: 'National guidance' })).toBeTruthy();
    expect(within(region).getByRole('heading', { name: 'Your local procedure' })).toBeTruthy();
    expect(region.textContent).toContain('Check your local safeguarding partnership’s procedure');
    expect(region.textContent).toContain('Content version 2024.1');
  });

  it('words a raise: "Listed as amber for 5–9. Raised to red: coercion …"', () => {
    render(<ResultHarness behaviourId="5-9-amber-sexual-bullying" age={7} answers={{ 'not-mutual': 'no', 'power-difference': 'no', coercion: 'yes' }} />);
    const reasons = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toContain('Listed as amber for 5–9.');
    expect(reasons).toContain('Raised to red: coercion, force or threats were described.');
    expect(screen.getByText('Abusive')).toBeTruthy();
  });

  it('shows the same behaviour in the other bands on one tap', () => {
    render(<ResultHarness behaviourId="9-13-red-exposing-in-public" age={11} answers={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Compare with other age bands' }));
    const heading = screen.getByRole('heading', { name: '13–17:' });
    expect(heading.parentElement!.textContent).toContain('Red');
  });

  it('records a different professional judgement beside the rule-based result', () => {
    render(<ResultHarness behaviourId="13-17-amber-body-image" age={15} answers={{}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Record a different judgement' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Your judgement' })).getByRole('radio', { name: 'Green' }));
    fireEvent.input(screen.getByLabelText('Reason for your judgement'), { target: { value: 'Known context' } });
    const summary = screen.getAllByRole('status').find((s) => s.textContent?.includes('Your judgement:'))!;
    expect(summary.textContent).toMatch(/Your judgement:.*Green.*Known context/);
    expect(summary.textContent).toMatch(/Rule-based result:.*Amber/);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^Amber/);
  });

  it('harm to this child sends to child protection and is never read as abusive', () => {
    render(<ResultHarness behaviourId="9-13-red-sti" age={12} answers={{}} />);
    const region = screen.getByRole('region', { name: 'Result' });
    expect(region.textContent).toContain('Follow child protection procedures');
    expect(region.textContent).not.toContain('Abusive');
    expect(region.textContent).toContain('Children under 13');
  });
});
