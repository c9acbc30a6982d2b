import {
  SHUTTLE_EVENT_NAMES,
  shuttleSampleAbandon,
  shuttleSampleHangup,
  shuttleSampleOutbound,
  shuttleSampleRinging,
  shuttleSampleUp,
  type TShuttleEventName,
} from '@screenpop/contracts';
import { formatPayload, parsePayload, type ParsedPayload } from './simulator-payload';

/**
 * The events a Shuttle relay forwards, as the simulator's editor prepares them: the documentation's
 * samples, made into one consistent call (same uniqueid, caller, queue and agent from ringing to hangup).
 */

export type ShuttleStep = TShuttleEventName;
export const SHUTTLE_STEPS = SHUTTLE_EVENT_NAMES;

export const DEFAULT_SHUTTLE_PEER = shuttleSampleRinging.peer;

const samples: Record<ShuttleStep, Readonly<Record<string, unknown>>> = {
  ringing: shuttleSampleRinging,
  up: shuttleSampleUp,
  hangup: shuttleSampleHangup,
  abandon: shuttleSampleAbandon,
  outbound: shuttleSampleOutbound,
};

/** What describes the call itself, carried from one event of the call to the next. */
const CALL_FIELDS = [
  'uniqueid',
  'queue',
  'direction',
  'callernum',
  'callername',
  'context',
  'extension',
  'trunk',
  'channel',
];
/** Who the agent is; `peer` comes from the simulator's field. */
const AGENT_FIELDS = ['agentname', 'agentnum', 'sipname'];
/** An abandoned call never reached an agent, and Shuttle sends its own direction ("unmanaged"). */
const ABANDON_CARRIED = ['uniqueid', 'queue', 'callernum', 'callername', 'channel'];

/** The sample call: a new call starts from it, and lends its agent to a call whose event had none (abandon). */
const sampleCall: Readonly<Record<string, unknown>> = shuttleSampleRinging;

const hasAgent = (step: ShuttleStep) => step !== 'abandon';

export function isShuttleStep(value: unknown): value is ShuttleStep {
  return typeof value === 'string' && (SHUTTLE_STEPS as readonly string[]).includes(value);
}

/**
 * The payload of `step` for the call described by `from` (the event before it, or null for the
 * sample call): the step's own fields from its sample, the call's and agent's from `from`.
 */
export function shuttleStepPayload(
  step: ShuttleStep,
  from: Readonly<Record<string, unknown>> | null,
  peer: string,
): Record<string, unknown> {
  const source: Readonly<Record<string, unknown>> = from ?? sampleCall;
  const carried =
    step === 'abandon'
      ? ABANDON_CARRIED
      : step === 'outbound'
        ? AGENT_FIELDS
        : [...CALL_FIELDS, ...AGENT_FIELDS];
  const carriedValue = (key: string) =>
    source[key] ?? (AGENT_FIELDS.includes(key) ? sampleCall[key] : undefined);
  const payload: Record<string, unknown> = { event: step };
  for (const [key, value] of Object.entries(samples[step])) {
    if (key === 'event') continue;
    if (carried.includes(key)) {
      if (carriedValue(key) !== undefined) payload[key] = carriedValue(key);
    } else {
      payload[key] = value;
    }
  }
  // Fields of the call the step's sample lacks (a hangup after an outbound call keeps its direction).
  for (const key of carried) {
    if (payload[key] === undefined && carriedValue(key) !== undefined) payload[key] = carriedValue(key);
  }
  if (hasAgent(step)) payload.peer = peer;
  return payload;
}

/** A new call: ringing (a queue call for the agent) or outbound (the agent dials), with a fresh uniqueid. */
export function newShuttleCall(
  step: 'ringing' | 'outbound',
  from: Readonly<Record<string, unknown>> | null,
  peer: string,
  uniqueid: string,
): Record<string, unknown> {
  const agent = Object.fromEntries(AGENT_FIELDS.map((key) => [key, from?.[key] ?? sampleCall[key]]));
  const base = step === 'ringing' ? { ...sampleCall, ...agent } : agent;
  return { ...shuttleStepPayload(step, base, peer), uniqueid };
}

/** What the editor prepares after `step` was sent: the call's next event, or a new call. */
export function nextShuttleStep(step: ShuttleStep): { step: ShuttleStep; newCall: boolean } {
  switch (step) {
    case 'ringing':
      return { step: 'up', newCall: false };
    case 'up':
    case 'outbound':
      return { step: 'hangup', newCall: false };
    case 'hangup':
    case 'abandon':
      return { step: 'ringing', newCall: true };
  }
}

/** The editor's text as the event `step` sends it: its `event` and `peer` follow the buttons and fields. */
export function asShuttleEvent(text: string, step: ShuttleStep, peer: string): ParsedPayload {
  const parsed = parsePayload(text);
  if (!parsed.ok) return parsed;
  const payload: Record<string, unknown> = { ...parsed.value, event: step };
  if (hasAgent(step)) payload.peer = peer;
  return { ok: true, value: payload };
}

/** The step the editor's text is for, when it names one. */
export function shuttleStepOf(text: string): ShuttleStep | null {
  const parsed = parsePayload(text);
  return parsed.ok && isShuttleStep(parsed.value.event) ? parsed.value.event : null;
}

/** The editor's text with another peer, when it is an event with an agent; left as typed otherwise. */
export function withPeer(text: string, peer: string): string {
  const parsed = parsePayload(text);
  if (!parsed.ok || parsed.value.event === 'abandon') return text;
  return formatPayload({ ...parsed.value, peer });
}

/** A fresh Asterisk-style uniqueid, `<seconds>.<number>`, unlikely to meet another simulator's. */
export function newShuttleUniqueId(nowMs: number, random: number): string {
  return `${Math.floor(nowMs / 1000)}.${10_000 + Math.floor(random * 90_000)}`;
}
