import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type HackettPack, type TrafficLightPack } from '../../src/content/schema';
import '../../src/i18n';
import { BehaviourStep, initialBehaviourState, type BehaviourState } from '../../src/triage/BehaviourStep';
import { classify, type Answers } from '../../src/rules/classify';
import { initialJudgement, type JudgementState } from '../../src/triage/Judgement';
import { ResultView } from '../../src/triage/ResultView';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const hackett = hackettJson as unknown as HackettPack;
const bands = (...ids: string[]) => pack.bands.filter((b) => ids.includes(b.id));

function BehaviourHarness({ bandIds, onState }: { bandIds: string[]; onState: (s: BehaviourState) => void }) {
  const [state, setState] = useState(initialBehaviourState);
  onState(state);
  return <BehaviourStep pack={pack} bands={bands(...bandIds)} childAge={null} state={state} onChange={setState} />;
}

describe('BehaviourStep', () => {
  it('"None of these fits" first asks about an adult or a disclosure, and a yes leads to act now for that reason', () => {
    render(<BehaviourHarness bandIds={['5-9']} onState={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'None of these fits' }));
    const gate = screen.getByRole('group', { name: /is an adult involved, or is a child telling you about abuse/ });
    expect(within(gate).getByRole('link', { name: 'Yes, an adult is involved' }).getAttribute('href')).toBe('/urgent?because=adult');
    expect(within(gate).getByRole('link', { name: 'Yes, a child is telling me about abuse' }).getAttribute('href')).toBe('/urgent?because=disclosure');
  });

  it('the search example fits the band: no nudes for a toddler', () => {
    render(<BehaviourHarness bandIds={['0-5']} onState={() => {}} />);
    const placeholder = screen.getByRole('searchbox', { name: 'Search behaviours' }).getAttribute('placeholder')!;
    expect(placeholder).not.toMatch(/nudes|porn/);
    expect(placeholder).toMatch(/doctors/);
  });

  it('lists matches within the band as one button each, named with the level word, and never auto-picks', async () => {
    let state = initialBehaviourState;
    render(<BehaviourHarness bandIds={['9-13']} onState={(s) => (state = s)} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search behaviours' }), { target: { value: 'nudes' } });
    const list = screen.getByRole('list', { name: 'Matching behaviours' });
    // The search engine is a chunk of its own: the list fills once it has loaded.
    const items = await within(list).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(within(item).getAllByRole('button')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: /distributing naked.* Red/ })).toBeTruthy();
    expect(state.selectedId).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: /distributing naked/ }));
    expect(state.selectedId).toBe('9-13-red-distributing-images');
  });

  it('shows what tells candidates apart when they differ in level', async () => {
    render(<BehaviourHarness bandIds={['13-17']} onState={() => {}} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search behaviours' }), { target: { value: 'porn' } });
    expect(await screen.findByText(/different levels/)).toBeTruthy();
    expect(screen.getByText('Violent or exploitative material, not ordinary erotica')).toBeTruthy();
  });

  it('browses a whole level without typing', async () => {
    render(<BehaviourHarness bandIds={['5-9']} onState={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Red behaviours' }));
    expect(await within(screen.getByRole('list', { name: 'Matching behaviours' })).findAllByRole('button')).toHaveLength(5);
  });

  it('"None of these fits" asks for own words and a level from the general descriptions', () => {
    let state = initialBehaviourState;
    render(<BehaviourHarness bandIds={['5-9']} onState={(s) => (state = s)} />);
    fireEvent.click(screen.getByRole('button', { name: 'None of these fits' }));
    expect(screen.queryByLabelText('Describe the behaviour in your own words')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'No, neither: describe the behaviour' }));
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
  return <ResultView pack={pack} hackett={hackett} result={result} behaviour={behaviour} ownWords="" bandId={behaviour.band} focusKey={behaviourId} judgement={judgement} onJudgement={setJudgement} onSaveNote={() => {}} range={{ age, bands: bands(behaviour.band) }} />;
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
    expect(region.textContent).toContain('Another child may have been affected');
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
    expect(reasons).toContain('Raised to red: coercion, threats or blackmail were described.');
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

const heading = () => within(screen.getByRole('region', { name: 'Result' })).getByRole('heading', { level: 2 });

describe('ResultView: the Brook colour is the headline', () => {
  it('doctors and nurses at 4 is headed Green, provisional, with the two conditions that keep it green', () => {
    render(<ResultHarness behaviourId="0-5-green-mummies-daddies-doctors" age={4} answers={{}} />);
    expect(heading().textContent).toBe('Green — provisional');
    const region = screen.getByRole('region', { name: 'Result' });
    expect(region.textContent).toContain('Provisional: it stays Green only if');
    expect(region.textContent).toContain('the other child agreed, and was able to agree');
    expect(region.textContent).toContain('there is no big difference in age, development or power between them');
  });

  it('answering No to consent and power removes the marker and keeps Green; the other child a baby raises it', () => {
    const { unmount } = render(<ResultHarness behaviourId="0-5-green-mummies-daddies-doctors" age={4} answers={{ 'not-mutual': 'no', 'power-difference': 'no' }} />);
    expect(heading().textContent).toBe('Green');
    unmount();
    render(<ResultHarness behaviourId="0-5-green-mummies-daddies-doctors" age={4} answers={{ 'not-mutual': 'yes', 'power-difference': 'no' }} />);
    expect(heading().textContent).toMatch(/^Red/);
  });

  it('the consent question does not read age alone as "could not agree"', () => {
    const consent = pack.criteria.find((c) => c.id === 'not-mutual')!;
    expect(consent.question).toMatch(/against the other child’s will/);
    expect(consent.hint).toMatch(/Age alone does not answer it/);
    expect(`${consent.question} ${consent.hint}`).not.toMatch(/under 13/);
  });

  it('leads with the meaning and "Do now": one to three actions', () => {
    render(<ResultHarness behaviourId="13-17-amber-body-image" age={15} answers={{}} />);
    const region = screen.getByRole('region', { name: 'Result' });
    const doNow = within(region).getByRole('heading', { name: 'Do now' });
    const list = doNow.nextElementSibling!;
    expect(list.tagName).toBe('OL');
    expect(list.children.length).toBeGreaterThanOrEqual(1);
    expect(list.children.length).toBeLessThanOrEqual(3);
    expect(region.textContent!.indexOf('Do now')).toBeLessThan(region.textContent!.indexOf('Why this level'));
  });
});

describe('ResultView: a red result is plainly Red', () => {
  const cases: [string, string, number, Answers][] = [
    ['doctors and nurses at 4, consent not known, someone pressured', '0-5-green-mummies-daddies-doctors', 4, { coercion: 'yes' }],
    ['kissing at 15, kept secret', '13-17-green-hugging-kissing-hands', 15, { secrecy: 'yes' }],
    ['holding hands at 11, the other child upset', '9-13-green-consensual-kissing-peer', 11, { 'other-distress': 'yes' }],
  ];
  for (const [name, behaviourId, age, answers] of cases) {
    it(`${name}: headed "Red", with no condition that would keep it there`, () => {
      render(<ResultHarness behaviourId={behaviourId} age={age} answers={answers} />);
      expect(heading().textContent).toBe('Red');
      expect(screen.getByRole('region', { name: 'Result' }).textContent).not.toMatch(/provisional/i);
    });
  }
});

describe('ResultView: an adult involved puts the act-now prompt above the reasons in every band', () => {
  for (const band of pack.bands) {
    const behaviour = pack.behaviours.find((b) => b.band === band.id && b.tags.includes('interpersonal'))!;
    it(`${band.label}: ${behaviour.text}`, () => {
      render(<ResultHarness behaviourId={behaviour.id} age={band.minAge} answers={{ 'other-adult': 'yes' }} />);
      const region = screen.getByRole('region', { name: 'Result' });
      const prompt = within(region).getByText(/^Act now: this child may be/);
      const reasons = within(region).getByRole('heading', { name: 'Why this level' });
      expect(prompt.compareDocumentPosition(reasons) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(region.textContent).toContain('this child may be the victim of abuse');
    });
  }
});

describe('ResultView: adults, disclosures and the police', () => {
  it('a 15-year-old with an adult: the act-now prompt comes above the reasons and names the police', () => {
    render(<ResultHarness behaviourId="13-17-green-consenting-oral-penetrative" age={15} answers={{ 'other-adult': 'yes' }} />);
    const region = screen.getByRole('region', { name: 'Result' });
    const text = region.textContent!;
    expect(heading().textContent).toMatch(/^Red/);
    expect(text).toContain('this child may be the victim of abuse');
    expect(text.indexOf('Act now')).toBeLessThan(text.indexOf('Why this level'));
    expect(within(region).getByRole('link', { name: 'Go to the act-now steps' }).getAttribute('href')).toBe('/urgent?because=adult');
    const doNow = within(region).getByRole('heading', { name: 'Do now' }).nextElementSibling!;
    expect(doNow.children[0]!.textContent).toMatch(/police/);
  });

  it('someone in a position of trust names the LADO, with no question answered', () => {
    render(<ResultHarness behaviourId="13-17-red-position-of-trust" age={16} answers={{}} />);
    const text = screen.getByRole('region', { name: 'Result' }).textContent!;
    expect(text).toContain('LADO within one working day');
    expect(text).toContain('police');
  });

  it('oral sex at 11 names the police first, citing the Sexual Offences Act 2003', () => {
    render(<ResultHarness behaviourId="9-13-red-sexual-activity-oral-intercourse" age={11} answers={{}} />);
    const region = screen.getByRole('region', { name: 'Result' });
    const doNow = within(region).getByRole('heading', { name: 'Do now' }).nextElementSibling!;
    expect(doNow.children[0]!.textContent).toMatch(/^Tell the police now/);
    expect(region.textContent).toMatch(/Sexual Offences Act 2003, sections 5 to 8.*\(2003; September 2025\)/);
  });

  it('sending nudes at 15 with threats (sextortion) acts now and names the police with the UKCIS date', () => {
    render(<ResultHarness behaviourId="13-17-amber-making-sending-images" age={15} answers={{ coercion: 'yes' }} />);
    const text = screen.getByRole('region', { name: 'Result' }).textContent!;
    expect(text).toContain('sextortion');
    expect(text).toMatch(/UKCIS.*March 2024/);
  });

  it('amber advice on families fits early years, and holds back where another child was harmed', () => {
    const { unmount } = render(<ResultHarness behaviourId="0-5-amber-adult-slang" age={4} answers={{}} />);
    expect(screen.getByRole('region', { name: 'Result' }).textContent).toContain('talking with parents or carers');
    unmount();
    render(<ResultHarness behaviourId="0-5-amber-pulling-pants-down" age={4} answers={{ 'not-mutual': 'no', 'power-difference': 'no' }} />);
    expect(screen.getByRole('region', { name: 'Result' }).textContent).toContain('do not contact either family');
  });
});
