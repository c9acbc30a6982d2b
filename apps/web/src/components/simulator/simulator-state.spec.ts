import { describe, expect, it } from 'vitest';
import { xivoSampleOpenResponse, type TXivoThirdPartyResponse } from '@screenpop/contracts';
import {
  agentState,
  agentStateLabel,
  canAnswer,
  canHangUp,
  canRing,
  initialSimulatorState,
  newCallId,
  resolveAnswerUrl,
  transition,
  type SimulatorEvent,
  type SimulatorState,
  type Transition,
} from './simulator-state';

const SERVICE = 'http://api.example.com:3001/api/xivo/thirdparty';

function run(events: SimulatorEvent[], from: SimulatorState = initialSimulatorState): Transition[] {
  const steps: Transition[] = [];
  let state = from;
  for (const event of events) {
    const step = transition(state, event);
    steps.push(step);
    state = step.state;
  }
  return steps;
}

const last = (steps: Transition[]) => steps[steps.length - 1]!;
const label = (state: SimulatorState) => agentStateLabel(agentState(state));
const answer = (response: TXivoThirdPartyResponse): SimulatorEvent => ({
  type: 'answer-received',
  answer: response,
  serviceUrl: SERVICE,
});

describe('simulator state machine', () => {
  it('starts ready, with only Ring available', () => {
    expect(label(initialSimulatorState)).toBe('Ready');
    expect(canRing(initialSimulatorState)).toBe(true);
    expect(canAnswer(initialSimulatorState)).toBe(false);
    expect(canHangUp(initialSimulatorState)).toBe(false);
  });

  it('opens an EventRinging pane as soon as the answer arrives, and pauses after the call', () => {
    const steps = run([
      { type: 'ring' },
      answer({
        action: 'open',
        event: 'EventRinging',
        url: '/thirdparty/open/abc',
        autopause: true,
        autopauseReason: 'crm',
        title: 'Call',
      }),
    ]);
    const opened = last(steps);
    expect(opened.opening).toMatchObject({
      kind: 'pane',
      thirdParty: { url: 'http://api.example.com:3001/thirdparty/open/abc', title: 'Call' },
    });
    expect(label(opened.state)).toBe('Ringing');
    expect(canAnswer(opened.state)).toBe(true);
    expect(canHangUp(opened.state)).toBe(true);

    const after = run([{ type: 'answer-call' }, { type: 'hang-up' }], opened.state);
    expect(label(after[0]!.state)).toBe('On call');
    expect(label(last(after).state)).toBe('Paused (crm)');
    expect(canRing(last(after).state)).toBe(false);
  });

  it('waits for EventEstablished before opening, and opens on Answer', () => {
    const steps = run([
      { type: 'ring' },
      answer({ action: 'open', event: 'EventEstablished', url: 'https://crm.example.com/x' }),
      { type: 'answer-call' },
    ]);
    expect(steps[1]!.opening).toBeNull();
    expect(last(steps).opening).toMatchObject({
      kind: 'pane',
      thirdParty: { url: 'https://crm.example.com/x' },
    });
  });

  it("plays the seed's answer: a relative pane at EventReleased with autopause backoffice", () => {
    const steps = run([{ type: 'ring' }, answer(xivoSampleOpenResponse), { type: 'answer-call' }]);
    expect(steps.every((step) => step.opening === null)).toBe(true);

    const hungUp = transition(last(steps).state, { type: 'hang-up' });
    expect(hungUp.opening).toMatchObject({
      kind: 'pane',
      thirdParty: {
        url: 'http://api.example.com:3001/thirdparty/open/6bd37819-b4a6-43d3-8fa3-6eb6489bb705',
        autopause: true,
      },
    });
    expect(label(hungUp.state)).toBe('Paused (backoffice)');

    const completed = transition(hungUp.state, { type: 'third-party-closed', by: 'completion' });
    expect(completed.state.thirdParty).toBeNull();
    expect(label(completed.state)).toBe('Ready');
    expect(completed.log.join()).toContain('closeThirdParty received');
  });

  it('opens an answer that arrives after its event has passed', () => {
    const steps = run([
      { type: 'ring' },
      { type: 'answer-call' },
      answer({ action: 'open', event: 'EventEstablished', url: '/f/1' }),
    ]);
    expect(last(steps).opening?.kind).toBe('pane');
  });

  it('is in wrap-up when the call ends before the web service answered', () => {
    const steps = run([{ type: 'ring' }, { type: 'hang-up' }]);
    expect(label(last(steps).state)).toBe('Wrap-up');
    const answered = transition(
      last(steps).state,
      answer({ action: 'open', event: 'EventReleased', url: '/f/1', autopause: true }),
    );
    expect(answered.opening?.kind).toBe('pane');
    expect(label(answered.state)).toBe('Paused (autopause)');
  });

  it('opens nothing when the call ends before the awaited event', () => {
    const steps = run([
      { type: 'ring' },
      answer({ action: 'open', event: 'EventEstablished', url: '/f/1', autopause: true }),
      { type: 'hang-up' },
    ]);
    expect(last(steps).opening).toBeNull();
    expect(last(steps).state.pending).toBeNull();
    expect(label(last(steps).state)).toBe('Ready');
  });

  it('is ready after a call whose answer is none', () => {
    const steps = run([
      { type: 'ring' },
      answer({ action: 'none' }),
      { type: 'answer-call' },
      { type: 'hang-up' },
    ]);
    expect(steps.every((step) => step.opening === null)).toBe(true);
    expect(label(last(steps).state)).toBe('Ready');
  });

  it('is ready after hang-up when the open pane does not autopause', () => {
    const steps = run([
      { type: 'ring' },
      answer({ action: 'open', event: 'EventRinging', url: '/f/1', autopause: false }),
      { type: 'hang-up' },
    ]);
    expect(last(steps).state.thirdParty?.kind).toBe('pane');
    expect(label(last(steps).state)).toBe('Ready');
  });

  it('names the popup window: reused unless multitab', () => {
    const shared = run([{ type: 'ring' }, answer({ action: 'popup', event: 'EventRinging', url: '/f/1' })]);
    expect(last(shared).opening).toMatchObject({ kind: 'popup', windowName: 'screenpop-thirdparty' });
    const multitab = run([
      { type: 'ring' },
      answer({ action: 'popup', event: 'EventRinging', url: '/f/1', multitab: true }),
    ]);
    expect(last(multitab).opening).toMatchObject({ kind: 'popup', windowName: '_blank' });
  });

  it('keeps an autopause popup as the pause until its window closes', () => {
    const steps = run([
      { type: 'ring' },
      answer({
        action: 'popup',
        event: 'EventRinging',
        url: '/f/1',
        autopause: true,
        autopauseReason: 'crm',
      }),
      { type: 'hang-up' },
    ]);
    expect(label(last(steps).state)).toBe('Paused (crm)');
    const closed = transition(last(steps).state, { type: 'third-party-closed', by: 'window-closed' });
    expect(label(closed.state)).toBe('Ready');
  });

  it('shows the command of a run answer instead of running it', () => {
    const steps = run([
      { type: 'ring' },
      answer({ action: 'run', event: 'EventRinging', url: 'C:\\crm.exe', executableArgs: ['--call', '42'] }),
    ]);
    expect(last(steps).opening).toEqual({ kind: 'run', command: 'C:\\crm.exe --call 42' });
  });

  it('ignores buttons that do not apply to the current state', () => {
    expect(transition(initialSimulatorState, { type: 'answer-call' }).state).toBe(initialSimulatorState);
    expect(transition(initialSimulatorState, { type: 'hang-up' }).state).toBe(initialSimulatorState);
    const ringing = transition(initialSimulatorState, { type: 'ring' }).state;
    expect(transition(ringing, { type: 'ring' }).state).toBe(ringing);
  });

  it('lets the agent close a pane, which ends the pause', () => {
    const steps = run([
      { type: 'ring' },
      answer({ action: 'open', url: '/f/1', autopause: true }),
      { type: 'hang-up' },
      { type: 'third-party-closed', by: 'agent' },
    ]);
    expect(label(last(steps).state)).toBe('Ready');
    expect(last(steps).log).toEqual(['Pane closed by the agent']);
  });
});

describe('resolveAnswerUrl', () => {
  it("resolves a relative URL on the web service's origin and keeps absolute ones", () => {
    expect(resolveAnswerUrl('/thirdparty/open/1', SERVICE)).toBe(
      'http://api.example.com:3001/thirdparty/open/1',
    );
    expect(resolveAnswerUrl('https://crm.example.com/a?b=1', SERVICE)).toBe('https://crm.example.com/a?b=1');
  });
});

describe('newCallId', () => {
  it("uses the seed's <seconds>.<sequence> shape", () => {
    expect(newCallId(1724763376_500, 29)).toBe('1724763376.29');
  });
});
