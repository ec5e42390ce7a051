import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import hackettJson from '../../content/en-GB/hackett.json';
import scenariosJson from '../../content/en-GB/scenarios.json';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type HackettPack, type TrafficLightPack } from '../../src/content/schema';
import '../../src/i18n';
import '../../src/training/strings';
import { Presenter } from '../../src/training/Presenter';
import type { ScenarioPack } from '../../src/scenarios/schema';
import { startSession, type SessionState } from '../../src/scenarios/session';

/** As the app receives it: zod's parsed output, defaults applied. */
const pack: TrafficLightPack = trafficLightPackSchema.parse(tlJson);
const hackett = hackettJson as unknown as HackettPack;
const scenarios = (scenariosJson as unknown as ScenarioPack).scenarios;

function Harness({ id, showBehaviourEarly = false }: { id: string; showBehaviourEarly?: boolean }) {
  const [state, setState] = useState<SessionState>(startSession([id]));
  return <Presenter pack={pack} hackett={hackett} scenarios={scenarios} state={state} onChange={(u) => setState(u)} showBehaviourEarly={showBehaviourEarly} />;
}

describe('presenter view', () => {
  it('keeps the room’s votes after Reveal, beside the expected level', () => {
    render(<Harness id="sextortion" />);
    const votes = screen.getByRole('region', { name: 'Group vote' });
    fireEvent.click(within(votes).getByRole('button', { name: /Vote.*Amber/ }));
    fireEvent.click(within(votes).getByRole('button', { name: /Vote.*Amber/ }));
    fireEvent.click(within(votes).getByRole('button', { name: /Vote.*Red/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByRole('region', { name: 'Group vote' }).textContent).toMatch(/0 votes.*2 votes.*1 vote/);
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(answer.textContent).toMatch(/Expected:.*Red/);
    expect(answer.textContent).toContain('The room voted: Green 0 · Amber 2 · Red 1');
    expect(answer.textContent).toContain('Route: act now');
  });

  it('hides the listed behaviour until Reveal, unless the presenter chose to show it', () => {
    const { unmount } = render(<Harness id="doctors-game" />);
    expect(screen.queryByText('Behaviour:')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByText('Behaviour:')).toBeTruthy();
    unmount();
    render(<Harness id="doctors-game" showBehaviourEarly />);
    expect(screen.getByText('Behaviour:')).toBeTruthy();
  });
});
