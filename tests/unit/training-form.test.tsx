import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type TrafficLightPack } from '../../src/content/schema';
import '../../src/i18n';
import '../../src/training/strings';
import { emptyDraft, type ScenarioDraft } from '../../src/scenarios/draft';
import { ScenarioForm } from '../../src/training/ScenarioForm';
import { readDraft, readOwnPack } from '../../src/scenarios/store';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const topics = { 'early-years': 'Early years', online: 'Online' };

function setup(initial: ScenarioDraft = emptyDraft()) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(<ScenarioForm pack={pack} topics={topics} takenIds={new Set()} initial={initial} onSaved={onSaved} onCancel={onCancel} />);
  return { onSaved, onCancel };
}

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const engineSays = () => screen.getByText(/^The rules engine gives:/).textContent;

/** Title, age, what happened, a behaviour from the table, one discussion point and one variant. */
function fillBasics(vignette = 'After water play, a fictional child takes off their clothes and runs around laughing.') {
  type('Title', 'Water play');
  type('Age (years)', '3');
  type('What happened', vignette);
  fireEvent.change(screen.getByLabelText('Or choose from the table for age 3'), { target: { value: '0-5-green-enjoying-nakedness' } });
  type('Discussion points', 'What makes this healthy development?');
  type('What changes', 'The child hides to do it');
}

describe('writing a scenario', () => {
  it('states that scenarios must be fictional and not identifiable', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Write a scenario' })).toBeTruthy();
    expect(screen.getByText(/Scenarios must be fictional and not identifiable/)).toBeTruthy();
  });

  it('shows the engine’s level and reasons as it is filled, and changes with a context answer', () => {
    setup();
    expect(screen.getByText(/Type the age and choose a behaviour/)).toBeTruthy();
    fillBasics();
    expect(engineSays()).toBe('The rules engine gives: Green');
    const section = screen.getByRole('region', { name: 'The rules engine’s level' });
    expect(within(section).getByText(/^Listed as green for 0–5/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: /hidden, lied about or kept secret/ })).getByRole('radio', { name: 'Yes' }));
    expect(engineSays()).toBe('The rules engine gives: Red');
  });

  it('says plainly when the trainer’s expected level differs, and saves the engine’s', async () => {
    const { onSaved } = setup();
    fillBasics();
    fireEvent.click(within(screen.getByRole('group', { name: 'Your expected level (optional)' })).getByRole('radio', { name: 'Amber' }));
    expect(screen.getByText('You expected Amber; the rules engine gives Green. Scenarios use the engine’s level.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Water play'));
    const saved = readOwnPack()!.scenarios[0]!;
    expect(saved).toMatchObject({ title: 'Water play', age: 3, behaviour: '0-5-green-enjoying-nakedness', expectedLevel: 'green', variants: [{ change: 'The child hides to do it', expectedLevel: 'green' }] });
  });

  it('shows each variant’s level from the engine', () => {
    setup();
    fillBasics();
    const variant = screen.getByRole('group', { name: 'Variant 1' });
    fireEvent.change(within(variant).getByLabelText('Question it answers differently'), { target: { value: 'secrecy' } });
    expect(within(variant).getByText(/^With this change:/).textContent).toBe('With this change: Red');
  });

  it('lists what is missing and does not save', async () => {
    const { onSaved } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Add a title.');
    expect(alert.textContent).toContain('Type an age from 0 to 17.');
    expect(alert.textContent).toContain('Say what changes in variant 1.');
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
    expect(readOwnPack()).toBeNull();
  });

  it('blocks a save while the text holds a phone number, an e-mail or a date of birth', async () => {
    const { onSaved } = setup();
    fillBasics('A fictional child rang 07700 900123 and wrote to kid@example.com; DOB 01/02/2021.');
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    const check = screen.getByRole('region', { name: 'Privacy check' });
    expect(check.textContent).toContain('“07700 900123” in What happened looks like a phone number');
    expect(check.textContent).toContain('“kid@example.com” in What happened looks like an e-mail address');
    expect(check.textContent).toContain('“01/02/2021” in What happened looks like a date of birth');
    expect(screen.getByRole('alert').textContent).toContain('Remove the e-mail addresses, phone numbers and dates of birth');
    await Promise.resolve();
    expect(onSaved).not.toHaveBeenCalled();
    expect(readOwnPack()).toBeNull();
  });

  it('asks for a tick that possible names are made up before saving, and again for a new name', async () => {
    const { onSaved } = setup();
    fillBasics('After water play, a fictional child called Sunny runs around laughing.');
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getByText(/These words may be names: Sunny\./)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Tick “These names are made up”');
    expect(onSaved).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'These names are made up' }));
    type('What happened', 'After water play, a fictional child called Sunny meets Robin.');
    expect((screen.getByRole('checkbox', { name: 'These names are made up' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'These names are made up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('finds behaviours with the app’s search for the age, and keeps the form as typed until saved or cancelled', async () => {
    const { onCancel } = setup();
    type('Title', 'Phones');
    type('Age (years)', '14');
    type('Behaviour', 'sending nudes');
    const matches = await screen.findByRole('list', { name: 'Matching behaviours' });
    const first = within(matches).getAllByRole('button')[0]!;
    fireEvent.click(first);
    expect(screen.getByText('Chosen behaviour:').parentElement!.textContent).toContain(first.querySelector('.match-text')!.textContent!);
    expect(engineSays()).toMatch(/^The rules engine gives: \S+/);
    expect(readDraft<ScenarioDraft>()).toMatchObject({ title: 'Phones', age: '14' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(readDraft()).toBeNull();
  });
});
