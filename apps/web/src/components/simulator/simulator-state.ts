import type { TXivoAction, TXivoEvent, TXivoThirdPartyResponse } from '@screenpop/contracts';

/**
 * The agent desktop as XucMgt behaves: the phone's call, the web service's answer, and the third-party
 * window the answer opens at its event. Pure, so the component only renders it and performs the openings.
 */

export type CallPhase = 'idle' | 'ringing' | 'on-call' | 'ended';

/** An answer waiting for its event. `url` is already resolved against the web service. */
export interface PendingOpening {
  action: Exclude<TXivoAction, 'none'>;
  event: TXivoEvent;
  url: string;
  title: string | null;
  autopause: boolean;
  autopauseReason: string | null;
  multitab: boolean;
  executableArgs: string[];
}

/** The pane or popup the agent has in front of them. */
export interface ThirdParty {
  id: number;
  kind: 'pane' | 'popup';
  url: string;
  title: string | null;
  autopause: boolean;
  autopauseReason: string | null;
  multitab: boolean;
}

export interface SimulatorState {
  phase: CallPhase;
  /** The events the current call has gone through. */
  reached: TXivoEvent[];
  answerPending: boolean;
  pending: PendingOpening | null;
  thirdParty: ThirdParty | null;
  /** What a `run` answer asked for: browsers cannot run executables, so it is only shown. */
  runCommand: string | null;
  nextId: number;
}

export const initialSimulatorState: SimulatorState = {
  phase: 'idle',
  reached: [],
  answerPending: false,
  pending: null,
  thirdParty: null,
  runCommand: null,
  nextId: 1,
};

export type SimulatorEvent =
  | { type: 'ring' }
  | { type: 'answer-received'; answer: TXivoThirdPartyResponse; serviceUrl: string }
  | { type: 'answer-failed' }
  | { type: 'answer-call' }
  | { type: 'hang-up' }
  | { type: 'third-party-closed'; by: 'completion' | 'agent' | 'window-closed' };

/** What the component must do in the browser after a transition. */
export type Opening =
  | { kind: 'pane'; thirdParty: ThirdParty }
  | { kind: 'popup'; thirdParty: ThirdParty; windowName: string }
  | { kind: 'run'; command: string };

export interface Transition {
  state: SimulatorState;
  opening: Opening | null;
  log: string[];
}

export const POPUP_WINDOW_NAME = 'screenpop-thirdparty';
export const POPUP_FEATURES = 'popup,width=900,height=800';

/** The answer's URL as XucMgt opens it: a relative URL is on the web service's origin. */
export function resolveAnswerUrl(url: string, serviceUrl: string): string {
  try {
    return new URL(url, new URL(serviceUrl).origin).href;
  } catch {
    return url;
  }
}

/** Which call event an answer waits for (XucMgt opens at ringing when the answer names none). */
export function openingEvent(answer: TXivoThirdPartyResponse): TXivoEvent {
  return answer.event ?? 'EventRinging';
}

function toPending(answer: TXivoThirdPartyResponse, serviceUrl: string): PendingOpening | null {
  if (answer.action === 'none' || !answer.url) return null;
  return {
    action: answer.action,
    event: openingEvent(answer),
    // A `run` url is a program path, not a web address.
    url: answer.action === 'run' ? answer.url : resolveAnswerUrl(answer.url, serviceUrl),
    title: answer.title ?? null,
    autopause: answer.autopause === true,
    autopauseReason: answer.autopauseReason ?? null,
    multitab: answer.multitab === true,
    executableArgs: answer.executableArgs ?? [],
  };
}

/** Opens the pending answer if its event has happened; otherwise leaves it waiting. */
function openIfDue(state: SimulatorState, log: string[]): Transition {
  const pending = state.pending;
  if (!pending || !state.reached.includes(pending.event)) return { state, opening: null, log };

  const base = { ...state, pending: null };
  if (pending.action === 'run') {
    const command = [pending.url, ...pending.executableArgs].join(' ');
    return {
      state: { ...base, runCommand: command },
      opening: { kind: 'run', command },
      log: [...log, `${pending.event}: would run ${command}`],
    };
  }

  const thirdParty: ThirdParty = {
    id: state.nextId,
    kind: pending.action === 'open' ? 'pane' : 'popup',
    url: pending.url,
    title: pending.title,
    autopause: pending.autopause,
    autopauseReason: pending.autopauseReason,
    multitab: pending.multitab,
  };
  const next = { ...base, thirdParty, nextId: state.nextId + 1, runCommand: null };
  const pause = pending.autopause ? ` (autopause: ${pending.autopauseReason ?? 'autopause'})` : '';
  if (thirdParty.kind === 'pane') {
    return {
      state: next,
      opening: { kind: 'pane', thirdParty },
      log: [...log, `${pending.event}: pane opened ${pending.url}${pause}`],
    };
  }
  const windowName = pending.multitab ? '_blank' : POPUP_WINDOW_NAME;
  return {
    state: next,
    opening: { kind: 'popup', thirdParty, windowName },
    log: [
      ...log,
      `${pending.event}: popup opened ${pending.url}${pause}${pending.multitab ? ' in a new window' : ''}`,
    ],
  };
}

export function transition(state: SimulatorState, event: SimulatorEvent): Transition {
  switch (event.type) {
    case 'ring':
      if (!canRing(state)) return { state, opening: null, log: [] };
      return {
        state: {
          ...state,
          phase: 'ringing',
          reached: ['EventRinging'],
          answerPending: true,
          pending: null,
          runCommand: null,
        },
        opening: null,
        log: ['Ringing: request sent to the web service'],
      };

    case 'answer-received': {
      if (!state.answerPending) return { state, opening: null, log: [] };
      const pending = toPending(event.answer, event.serviceUrl);
      const received = { ...state, answerPending: false, pending };
      const log = [`Answer received: ${describeAnswer(event.answer)}`];
      if (!pending) return { state: received, opening: null, log };
      if (state.phase === 'ended' && !state.reached.includes(pending.event)) {
        return {
          state: { ...received, pending: null },
          opening: null,
          log: [...log, `The call ended before ${pending.event}: nothing opened`],
        };
      }
      return openIfDue(received, log);
    }

    case 'answer-failed':
      return { state: { ...state, answerPending: false, pending: null }, opening: null, log: [] };

    case 'answer-call':
      if (state.phase !== 'ringing') return { state, opening: null, log: [] };
      return openIfDue({ ...state, phase: 'on-call', reached: [...state.reached, 'EventEstablished'] }, [
        'Call answered (EventEstablished)',
      ]);

    case 'hang-up': {
      if (state.phase !== 'ringing' && state.phase !== 'on-call') return { state, opening: null, log: [] };
      const ended = {
        ...state,
        phase: 'ended' as const,
        reached: [...state.reached, 'EventReleased' as const],
      };
      const result = openIfDue(ended, ['Call hung up (EventReleased)']);
      if (result.state.pending && !result.state.reached.includes(result.state.pending.event)) {
        const missed = result.state.pending.event;
        return {
          ...result,
          state: { ...result.state, pending: null },
          log: [...result.log, `The call ended before ${missed}: nothing opened`],
        };
      }
      return result;
    }

    case 'third-party-closed': {
      const current = state.thirdParty;
      if (event.by === 'completion') {
        const from = current ? `from the ${current.kind}` : 'with nothing open';
        const next = { ...state, thirdParty: null };
        const unpaused = current?.autopause === true && agentState(next).kind === 'ready';
        return {
          state: next,
          opening: null,
          log: [`closeThirdParty received ${from}${unpaused ? ': agent back to ready' : ''}`],
        };
      }
      if (!current) return { state, opening: null, log: [] };
      const how = event.by === 'agent' ? 'closed by the agent' : 'window closed without completion';
      return {
        state: { ...state, thirdParty: null },
        opening: null,
        log: [`${capitalize(current.kind)} ${how}`],
      };
    }
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function describeAnswer(answer: TXivoThirdPartyResponse): string {
  if (answer.action === 'none') return 'no action';
  const at = openingEvent(answer);
  return `${answer.action} at ${at}${answer.autopause ? `, autopause ${answer.autopauseReason ?? ''}`.trimEnd() : ''}`;
}

export type AgentState =
  | { kind: 'ready' }
  | { kind: 'ringing' }
  | { kind: 'on-call' }
  | { kind: 'wrap-up' }
  | { kind: 'paused'; reason: string };

/**
 * The phone comes first; then an open autopause window keeps the agent paused until it completes.
 * Wrap-up: the call ended but the web service has not answered yet, so whether to pause is not known.
 */
export function agentState(state: SimulatorState): AgentState {
  if (state.phase === 'ringing') return { kind: 'ringing' };
  if (state.phase === 'on-call') return { kind: 'on-call' };
  if (state.thirdParty?.autopause)
    return { kind: 'paused', reason: state.thirdParty.autopauseReason ?? 'autopause' };
  if (state.phase === 'ended' && state.answerPending) return { kind: 'wrap-up' };
  return { kind: 'ready' };
}

export function agentStateLabel(agent: AgentState): string {
  switch (agent.kind) {
    case 'ready':
      return 'Ready';
    case 'ringing':
      return 'Ringing';
    case 'on-call':
      return 'On call';
    case 'wrap-up':
      return 'Wrap-up';
    case 'paused':
      return `Paused (${agent.reason})`;
  }
}

export const canRing = (state: SimulatorState) => agentState(state).kind === 'ready';
export const canAnswer = (state: SimulatorState) => state.phase === 'ringing';
export const canHangUp = (state: SimulatorState) => state.phase === 'ringing' || state.phase === 'on-call';

/** A fresh XiVO linkedId in the seed's `<seconds>.<sequence>` shape. */
export function newCallId(nowMs: number, sequence: number): string {
  return `${Math.floor(nowMs / 1000)}.${sequence}`;
}
