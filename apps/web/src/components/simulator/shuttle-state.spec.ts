import { describe, expect, it } from 'vitest';
import type { TShuttleAgentCti } from '@screenpop/contracts';
import {
  MAX_NOTIFICATIONS,
  initialShuttleState,
  shuttleAgentState,
  shuttleTransition,
  type ShuttleDesktopEvent,
  type ShuttleDesktopState,
  type ShuttleTransition,
} from './shuttle-state';
import { agentStateLabel } from './simulator-state';

const PEER = 'SIP/johnandrea.doebianco';
const FORM = 'http://localhost:3000/thirdparty/open/abc';

function run(
  events: ShuttleDesktopEvent[],
  from: ShuttleDesktopState = initialShuttleState,
): ShuttleTransition[] {
  const steps: ShuttleTransition[] = [];
  let state = from;
  for (const event of events) {
    const step = shuttleTransition(state, event);
    steps.push(step);
    state = step.state;
  }
  return steps;
}

const last = (steps: ShuttleTransition[]) => steps[steps.length - 1]!;
const label = (state: ShuttleDesktopState) => agentStateLabel(shuttleAgentState(state));
const sent = (
  event: 'ringing' | 'up' | 'hangup' | 'abandon' | 'outbound',
  uniqueid = '1.1',
): ShuttleDesktopEvent => ({
  type: 'event-sent',
  event,
  uniqueid,
});
const cti = (mode: TShuttleAgentCti['mode'], url = FORM, peer = PEER): ShuttleDesktopEvent => ({
  type: 'agent-cti',
  cti: { url, peer, mode },
  peer: PEER,
});

describe('Shuttle desktop state machine', () => {
  it('follows the phone: ringing, on call, and ready again at hangup (no autopause)', () => {
    const steps = run([sent('ringing'), sent('up'), cti('new_frame'), sent('hangup')]);
    expect(steps.map((step) => label(step.state))).toEqual(['Ringing', 'On call', 'On call', 'Ready']);
    expect(last(steps).state.thirdParty?.kind).toBe('pane');
  });

  it('opens new_frame in the pane, and closes it on closeThirdParty', () => {
    const opened = last(run([sent('ringing'), sent('up'), cti('new_frame')]));
    expect(opened.opening).toMatchObject({ kind: 'pane', thirdParty: { url: FORM, autopause: false } });
    expect(opened.log).toEqual([`AgentCTI new_frame: frame opened ${FORM}`]);

    const closed = shuttleTransition(opened.state, { type: 'third-party-closed', by: 'completion' });
    expect(closed.state.thirdParty).toBeNull();
    expect(closed.log).toEqual(['closeThirdParty received from the frame']);
  });

  it('opens new_tab in a new tab and new_window in the named popup', () => {
    expect(last(run([cti('new_tab')])).opening).toMatchObject({
      kind: 'window',
      target: '_blank',
      features: null,
    });
    expect(last(run([cti('new_window')])).opening).toMatchObject({
      kind: 'window',
      target: 'screenpop-shuttle',
      features: 'popup,width=900,height=800',
    });
  });

  it('obeys only the commands for its own peer', () => {
    const other = last(run([cti('new_frame', FORM, 'SIP/someone.else')]));
    expect(other.opening).toBeNull();
    expect(other.state.thirdParty).toBeNull();
    expect(other.log[0]).toMatch(/ignored/);

    const notice = shuttleTransition(initialShuttleState, {
      type: 'notification',
      notification: { peer: 'SIP/someone.else', type: 'info', title: 'x', body: 'y' },
      peer: PEER,
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(notice.state.notifications).toEqual([]);
  });

  it('does not open again a page that is already open, in whatever mode it is asked', () => {
    const once = last(run([cti('new_frame')]));
    for (const mode of ['new_frame', 'new_tab'] as const) {
      const again = shuttleTransition(once.state, cti(mode));
      expect(again.opening).toBeNull();
      expect(again.state).toBe(once.state);
    }
    expect(shuttleTransition(once.state, cti('new_tab', `${FORM}-2`)).opening?.kind).toBe('window');
  });

  it('keeps the newest notifications on screen until dismissed', () => {
    const notify = (title: string): ShuttleDesktopEvent => ({
      type: 'notification',
      notification: { peer: PEER, type: 'info', title, body: 'Caller 9981003' },
      peer: PEER,
      at: '2026-01-01T00:00:00.000Z',
    });
    const steps = run([notify('a'), notify('b'), notify('c'), notify('d')]);
    const shown = last(steps).state.notifications;
    expect(shown.map((notice) => notice.title)).toEqual(['d', 'c', 'b'].slice(0, MAX_NOTIFICATIONS));
    expect(last(steps).log).toEqual(['Notification (info): d — Caller 9981003']);

    const dismissed = shuttleTransition(last(steps).state, {
      type: 'notification-dismissed',
      id: shown[0]!.id,
    });
    expect(dismissed.state.notifications.map((notice) => notice.title)).toEqual(['c', 'b']);
  });

  it('stops ringing when the call it rings for is abandoned, and ignores other abandons', () => {
    const ringing = last(run([sent('ringing', '7.1')])).state;
    expect(label(shuttleTransition(ringing, sent('abandon', '9.9')).state)).toBe('Ringing');
    const abandoned = shuttleTransition(ringing, sent('abandon', '7.1')).state;
    expect(label(abandoned)).toBe('Ready');
    expect(abandoned.uniqueid).toBe('7.1');
  });

  it('is on call during an outbound call', () => {
    expect(label(last(run([sent('outbound')])).state)).toBe('On call');
  });

  it('lets the agent close the frame', () => {
    const steps = run([cti('new_frame'), { type: 'third-party-closed', by: 'agent' }]);
    expect(last(steps).state.thirdParty).toBeNull();
    expect(last(steps).log).toEqual(['Frame closed by the agent']);
  });
});
