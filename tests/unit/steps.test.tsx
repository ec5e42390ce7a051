import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import '../../src/i18n';
import { AgeStep, activeBands, initialAgeState, type AgeState } from '../../src/triage/AgeStep';
import type { Answers } from '../../src/rules/classify';
import { ContextStep } from '../../src/triage/ContextStep';
import { miniPack } from './helpers/mini-pack';

const pack = miniPack();

function AgeHarness({ onState }: { onState: (s: AgeState) => void }) {
  const [state, setState] = useState(initialAgeState);
  onState(state);
  return <AgeStep pack={pack} state={state} onChange={setState} />;
}

describe('AgeStep', () => {
  const setup = () => {
    let latest = initialAgeState;
    render(<AgeHarness onState={(s) => (latest = s)} />);
    return { state: () => latest };
  };

  it('puts a mid-band age in one band', () => {
    const { state } = setup();
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '7' } });
    expect(activeBands(pack, state()).map((b) => b.id)).toEqual(['5-9']);
    expect(screen.queryByRole('radio', { name: /^Only/ })).toBeNull();
  });

  it('offers both bands at a boundary age, both by default, and one on request', () => {
    const { state } = setup();
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '9' } });
    expect(activeBands(pack, state()).map((b) => b.id)).toEqual(['5-9', '9-13']);
    fireEvent.click(screen.getByRole('radio', { name: 'Only 9–13' }));
    expect(activeBands(pack, state()).map((b) => b.id)).toEqual(['9-13']);
    expect(screen.getByRole('radio', { name: /Both bands \(5–9 and 9–13\)/ })).toBeTruthy();
  });

  it('lets the band be picked directly without an age', () => {
    const { state } = setup();
    fireEvent.click(screen.getByRole('radio', { name: '13–17 years' }));
    expect(activeBands(pack, state()).map((b) => b.id)).toEqual(['13-17']);
  });

  it('offers only younger bands for developmental age and uses the chosen one', () => {
    const { state } = setup();
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '11' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use developmental age' }));
    const options = screen.getAllByRole('radio').map((r) => r.closest('label')!.textContent);
    expect(options).toEqual(['0–5 years', '5–9 years']);
    fireEvent.click(screen.getByRole('radio', { name: '5–9 years' }));
    expect(activeBands(pack, state()).map((b) => b.id)).toEqual(['5-9']);
    expect(state().developmental).toBe(true);
  });

  it('explains that 18 or over is an adult matter and offers no developmental route', () => {
    setup();
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '19' } });
    expect(screen.getByRole('status').textContent).toMatch(/under 18.*police.*allegations about staff/s);
    expect(screen.queryByRole('checkbox', { name: 'Use developmental age' })).toBeNull();
  });
});

function ContextHarness({ onAnswers }: { onAnswers: (a: Answers) => void }) {
  const [answers, setAnswers] = useState<Answers>({});
  onAnswers(answers);
  return <ContextStep criteria={pack.criteria} answers={answers} onChange={setAnswers} />;
}

describe('ContextStep', () => {
  it('asks each criterion as a radio group named by its question, with Yes, No and Not known, starting at Not known', () => {
    render(<ContextHarness onAnswers={() => {}} />);
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(pack.criteria.length);
    const adult = screen.getByRole('radiogroup', { name: 'Is the other person 18 or over?' });
    expect(within(adult).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['Yes', 'No', 'Not known']);
    for (const group of groups) expect((within(group).getByRole('radio', { name: 'Not known' }) as HTMLInputElement).checked).toBe(true);
  });

  it('answers each question in one tap, and "Clear all context answers" returns every one to Not known', () => {
    let answers: Answers = {};
    render(<ContextHarness onAnswers={(a) => (answers = a)} />);
    const adult = screen.getByRole('radiogroup', { name: 'Is the other person 18 or over?' });
    fireEvent.click(within(adult).getByRole('radio', { name: 'Yes' }));
    expect(answers['other-adult']).toBe('yes');
    fireEvent.click(within(adult).getByRole('radio', { name: 'No' }));
    expect(answers['other-adult']).toBe('no');
    fireEvent.click(screen.getByRole('button', { name: 'Clear all context answers' }));
    expect(answers).toEqual({});
    expect((within(adult).getByRole('radio', { name: 'Not known' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('AgeStep validation', () => {
  it.each(['2.5', '-1'])('refuses %s with a clear message', (value) => {
    render(<AgeHarness onState={() => {}} />);
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value } });
    expect(screen.getByRole('alert').textContent).toBe('Enter the age in whole years, from 0 to 17.');
    expect(screen.getByLabelText('Age (years)').getAttribute('aria-invalid')).toBe('true');
  });

  it('takes 0 and 17 as ages, and shows the adult message at 25', () => {
    render(<AgeHarness onState={() => {}} />);
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '0' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '17' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(screen.getByLabelText('Age (years)'), { target: { value: '25' } });
    expect(screen.getByRole('status').textContent).toMatch(/under 18.*police.*allegations about staff/s);
  });
});
