import type { TShuttleAgentCti, TShuttleAgentCtiNotification, TShuttleMode } from '@screenpop/contracts';
import type { ShuttleStep } from './shuttle-payload';
import { POPUP_FEATURES, type AgentState, type CallPhase, type ThirdParty } from './simulator-state';

/**
 * The agent's xCALLY Shuttle desktop: the phone follows the events the relay sends, and the desktop obeys
 * the AgentCTI and AgentCTINotification commands addressed to its peer. Shuttle has no autopause: the
 * agent is ready again as soon as the call ends. Pure, so the component only renders it and opens windows.
 */

export const SHUTTLE_WINDOW_NAME = 'screenpop-shuttle';
export const SHUTTLE_WINDOW_FEATURES = POPUP_FEATURES;
/** How many notifications stay on screen; older ones make room. */
export const MAX_NOTIFICATIONS = 3;

export interface ShuttleNotice {
  id: number;
  type: string;
  title: string;
  body: string;
  /** ISO time it arrived. */
  at: string;
}

export interface ShuttleDesktopState {
  phase: CallPhase;
  /** The uniqueid of the call the phone is on (or was last on). */
  uniqueid: string | null;
  thirdParty: ThirdParty | null;
  /** Newest first. */
  notifications: ShuttleNotice[];
  nextId: number;
}

export const initialShuttleState: ShuttleDesktopState = {
  phase: 'idle',
  uniqueid: null,
  thirdParty: null,
  notifications: [],
  nextId: 1,
};

export type ShuttleDesktopEvent =
  | { type: 'event-sent'; event: ShuttleStep; uniqueid: string }
  | { type: 'agent-cti'; cti: TShuttleAgentCti; peer: string }
  | { type: 'notification'; notification: TShuttleAgentCtiNotification; peer: string; at: string }
  | { type: 'notification-dismissed'; id: number }
  | { type: 'third-party-closed'; by: 'completion' | 'agent' | 'window-closed' };

/** What the component must do in the browser after a transition. */
export type ShuttleOpening =
  | { kind: 'pane'; thirdParty: ThirdParty }
  | { kind: 'window'; thirdParty: ThirdParty; target: string; features: string | null };

export interface ShuttleTransition {
  state: ShuttleDesktopState;
  opening: ShuttleOpening | null;
  log: string[];
}

const unchanged = (state: ShuttleDesktopState, log: string[] = []): ShuttleTransition => ({
  state,
  opening: null,
  log,
});

const MODE_LABEL: Record<TShuttleMode, string> = {
  new_frame: 'frame',
  new_tab: 'tab',
  new_window: 'window',
};

function phaseAfter(state: ShuttleDesktopState, event: ShuttleStep, uniqueid: string): CallPhase {
  switch (event) {
    case 'ringing':
      return 'ringing';
    case 'up':
    case 'outbound':
      return 'on-call';
    case 'hangup':
      return 'ended';
    case 'abandon':
      // The caller gave up while the call was still ringing on this agent.
      return state.phase === 'ringing' && state.uniqueid === uniqueid ? 'ended' : state.phase;
  }
}

function openCti(state: ShuttleDesktopState, cti: TShuttleAgentCti): ShuttleTransition {
  const current = state.thirdParty;
  // The same page asked again (by a later event's rule, or a relay forwarding the ack too): keep it open.
  if (current && current.url === cti.url) {
    return unchanged(state, [`AgentCTI ${cti.mode}: already open`]);
  }
  const thirdParty: ThirdParty = {
    id: state.nextId,
    kind: cti.mode === 'new_frame' ? 'pane' : 'popup',
    url: cti.url,
    title: `Shuttle CTI ${MODE_LABEL[cti.mode]}`,
    autopause: false,
    autopauseReason: null,
    multitab: cti.mode === 'new_tab',
  };
  const next = { ...state, thirdParty, nextId: state.nextId + 1 };
  const log = [`AgentCTI ${cti.mode}: ${MODE_LABEL[cti.mode]} opened ${cti.url}`];
  if (cti.mode === 'new_frame') return { state: next, opening: { kind: 'pane', thirdParty }, log };
  return {
    state: next,
    opening:
      cti.mode === 'new_tab'
        ? { kind: 'window', thirdParty, target: '_blank', features: null }
        : { kind: 'window', thirdParty, target: SHUTTLE_WINDOW_NAME, features: SHUTTLE_WINDOW_FEATURES },
    log,
  };
}

export function shuttleTransition(state: ShuttleDesktopState, event: ShuttleDesktopEvent): ShuttleTransition {
  switch (event.type) {
    case 'event-sent': {
      const phase = phaseAfter(state, event.event, event.uniqueid);
      const uniqueid = event.event === 'abandon' && phase === state.phase ? state.uniqueid : event.uniqueid;
      return unchanged({ ...state, phase, uniqueid });
    }

    case 'agent-cti':
      if (event.cti.peer !== event.peer) {
        return unchanged(state, [`AgentCTI for ${event.cti.peer} ignored: this desktop is ${event.peer}`]);
      }
      return openCti(state, event.cti);

    case 'notification': {
      const { notification } = event;
      if (notification.peer !== event.peer) {
        return unchanged(state, [
          `Notification for ${notification.peer} ignored: this desktop is ${event.peer}`,
        ]);
      }
      const notice: ShuttleNotice = {
        id: state.nextId,
        type: notification.type,
        title: notification.title,
        body: notification.body,
        at: event.at,
      };
      return unchanged(
        {
          ...state,
          notifications: [notice, ...state.notifications].slice(0, MAX_NOTIFICATIONS),
          nextId: state.nextId + 1,
        },
        [
          `Notification (${notification.type}): ${[notification.title, notification.body].filter(Boolean).join(' — ')}`,
        ],
      );
    }

    case 'notification-dismissed':
      return unchanged({
        ...state,
        notifications: state.notifications.filter((notice) => notice.id !== event.id),
      });

    case 'third-party-closed': {
      const current = state.thirdParty;
      if (event.by === 'completion') {
        const from = current
          ? `from the ${current.kind === 'pane' ? 'frame' : 'window'}`
          : 'with nothing open';
        return unchanged({ ...state, thirdParty: null }, [`closeThirdParty received ${from}`]);
      }
      if (!current) return unchanged(state);
      const what = current.kind === 'pane' ? 'Frame' : 'Window';
      const how = event.by === 'agent' ? 'closed by the agent' : 'closed without completion';
      return unchanged({ ...state, thirdParty: null }, [`${what} ${how}`]);
    }
  }
}

/** The phone alone decides: no autopause in Shuttle, so a finished call leaves the agent ready. */
export function shuttleAgentState(state: ShuttleDesktopState): AgentState {
  if (state.phase === 'ringing') return { kind: 'ringing' };
  if (state.phase === 'on-call') return { kind: 'on-call' };
  return { kind: 'ready' };
}
