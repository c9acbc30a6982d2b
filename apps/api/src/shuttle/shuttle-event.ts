import {
  type TApiIssue,
  type TCallDirection,
  type TShuttleEvent,
  type TShuttleEventName,
  issuePath,
  SHUTTLE_EVENT_NAMES,
  ZShuttleEvent,
} from '@screenpop/contracts';
import type { CallProgress } from '../calls/calls.repository.js';
import { templateVariables, type TemplateVariables } from '../rules/call-template.js';
import type { RuleCallContext } from '../rules/rule-matcher.js';

export type ShuttleParse = { ok: true; event: TShuttleEvent } | { ok: false; issues: TApiIssue[] };

/** At most this many events in one POST (the contract's limit). */
export const MAX_BATCH_EVENTS = 500;

/**
 * One event as a relay sent it. `name` is the socket.io message name when it was sent by name
 * (`socket.emit('up', data)`): the payload's own `event` may then be left out, but not contradict it.
 * Issues are named from `pathPrefix` (`[2]` gives `[2].peer`).
 */
export function parseShuttleEvent(payload: unknown, name?: string, pathPrefix = ''): ShuttleParse {
  let data = payload;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return { ok: false, issues: [{ path: prefixed(pathPrefix), message: 'Expected a JSON object' }] };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, issues: [{ path: prefixed(pathPrefix), message: 'Expected an object' }] };
  }
  if (name !== undefined) {
    const stated = (data as { event?: unknown }).event;
    if (stated === undefined) data = { ...data, event: name };
    else if (stated !== name) {
      return {
        ok: false,
        issues: [
          { path: prefixed(pathPrefix, ['event']), message: `Expected "${name}", the name it was sent with` },
        ],
      };
    }
  }
  const parsed = ZShuttleEvent.safeParse(data);
  if (parsed.success) return { ok: true, event: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: prefixed(pathPrefix, issue.path),
      message: issue.path[0] === 'event' && issue.code === 'invalid_union' ? UNKNOWN_EVENT : issue.message,
    })),
  };
}

const UNKNOWN_EVENT = `Expected one of ${SHUTTLE_EVENT_NAMES.join(', ')}`;

/** `[2]` and `peer` make `[2].peer`; nothing at all is the root. */
function prefixed(prefix: string, path: readonly PropertyKey[] = []): string {
  if (path.length === 0) return prefix || '(root)';
  return prefix ? `${prefix}.${issuePath(path)}` : issuePath(path);
}

/** The HTTP form: one event, or a batch whose issues are named `[index].field`. All or nothing. */
export function parseShuttleEventsRequest(
  body: unknown,
): { ok: true; events: TShuttleEvent[]; batch: boolean } | { ok: false; issues: TApiIssue[] } {
  if (!Array.isArray(body)) {
    if (body === undefined || body === null) {
      return {
        ok: false,
        issues: [{ path: '(root)', message: 'Send one Shuttle event or an array of them' }],
      };
    }
    const single = parseShuttleEvent(body);
    return single.ok ? { ok: true, events: [single.event], batch: false } : single;
  }
  if (body.length === 0 || body.length > MAX_BATCH_EVENTS) {
    return {
      ok: false,
      issues: [{ path: '(root)', message: `Expected 1 to ${MAX_BATCH_EVENTS} events, got ${body.length}` }],
    };
  }
  const events: TShuttleEvent[] = [];
  const issues: TApiIssue[] = [];
  body.forEach((item, index) => {
    const parsed = parseShuttleEvent(item, undefined, `[${index}]`);
    if (parsed.ok) events.push(parsed.event);
    else issues.push(...parsed.issues);
  });
  return issues.length ? { ok: false, issues } : { ok: true, events, batch: true };
}

/** The names a Shuttle event is known by in rules: its own, and XiVO's for the same moment. */
export const SHUTTLE_EVENT_ALIASES: Record<TShuttleEventName, readonly string[]> = {
  ringing: ['ringing', 'EventRinging'],
  up: ['up', 'EventEstablished'],
  hangup: ['hangup', 'EventReleased'],
  abandon: ['abandon'],
  outbound: ['outbound'],
};

const STATES: Record<TShuttleEventName, CallProgress['state']> = {
  ringing: 'ringing',
  up: 'answered',
  hangup: 'ended',
  abandon: 'abandoned',
  outbound: 'ringing',
};

/** The fields the documentation describes; any other field of an event is the integrator's own data. */
const DOCUMENTED_FIELDS = new Set([
  'event',
  'queue',
  'agentname',
  'agentnum',
  'peer',
  'direction',
  'uniqueid',
  'context',
  'extension',
  'trunk',
  'callernum',
  'callername',
  'channel',
  'sipname',
  'holdtime',
  'ringtime',
  'talktime',
  'reason',
  'integrationid',
  'routeid',
  'ringing',
  'up',
  'hangup',
  'unmanaged',
  'outbound',
]);

export interface ShuttleAgentFacts {
  agentnum: string;
  name: string | null;
  peer: string;
  sipName: string | null;
}

/** What an event tells about its call, in Screenpop's terms. */
export interface ShuttleCallFacts {
  name: TShuttleEventName;
  uniqueid: string;
  caller: string;
  callerName: string | null;
  /** Inbound: the number dialled (extension); outbound: the number the agent dialled. */
  callee: string;
  direction: TCallDirection;
  queue: string | null;
  agent: ShuttleAgentFacts | null;
  progress: CallProgress;
  /** Every scalar field of the event, as text: rules' `userData` conditions and `{{userData.x}}` see them. */
  fields: Record<string, string>;
  /** The fields the documentation does not describe (custom variables): stored as the call's data. */
  customData: Record<string, string> | null;
}

export function shuttleCallFacts(event: TShuttleEvent): ShuttleCallFacts {
  const fields: Record<string, string> = {};
  const customData: Record<string, string> = {};
  for (const [key, value] of Object.entries(event)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    fields[key] = String(value);
    if (!DOCUMENTED_FIELDS.has(key)) customData[key] = String(value);
  }
  const timings = event as {
    holdtime?: string | number;
    ringtime?: string | number;
    talktime?: string | number;
  };
  return {
    name: event.event,
    uniqueid: event.uniqueid,
    caller: event.callernum ?? '',
    callerName: event.callername || null,
    callee: event.extension ?? '',
    direction: shuttleDirection(event),
    queue: event.queue || null,
    agent:
      event.event === 'abandon'
        ? null
        : {
            agentnum: event.agentnum,
            name: event.agentname || null,
            peer: event.peer,
            sipName: event.sipname || null,
          },
    progress: {
      state: STATES[event.event],
      holdSeconds: seconds(timings.holdtime),
      ringSeconds: seconds(timings.ringtime),
      talkSeconds: seconds(timings.talktime),
      hangupReason: (event.event === 'hangup' && event.reason) || null,
    },
    fields,
    customData: Object.keys(customData).length ? customData : null,
  };
}

/** Shuttle says inbound, outbound, or unmanaged (a queue call nobody took): that is an inbound call. */
export function shuttleDirection(event: Pick<TShuttleEvent, 'event' | 'direction'>): TCallDirection {
  if (event.event === 'outbound') return 'outbound';
  switch (event.direction?.toLowerCase()) {
    case 'inbound':
    case 'unmanaged':
      return 'inbound';
    case 'outbound':
      return 'outbound';
    case 'internal':
      return 'internal';
    default:
      return event.event === 'abandon' ? 'inbound' : 'unknown';
  }
}

function seconds(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  // Beyond PostgreSQL's integer: not a duration we can believe.
  return Number.isSafeInteger(n) && n >= 0 && n <= 2_147_483_647 ? n : null;
}

/**
 * A rule's templates for a Shuttle event: caller, callee, callId (uniqueid), queue.name, agent.id
 * (agentnum), agent.peer, agent.name, agent.sipName, callerName, event, direction, userData.<field>
 * (every field of the event, custom variables included).
 */
export function shuttleTemplateVariables(facts: ShuttleCallFacts): TemplateVariables {
  const vars = new Map(
    templateVariables({
      caller: facts.caller,
      callee: facts.callee,
      callId: facts.uniqueid,
      queue: facts.queue ? { name: facts.queue } : null,
      userData: facts.fields,
      agent: facts.agent ? { id: facts.agent.agentnum } : null,
    }),
  );
  const set = (name: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined) vars.set(name, value);
  };
  set('agent.peer', facts.agent?.peer);
  set('agent.name', facts.agent?.name);
  set('agent.sipName', facts.agent?.sipName);
  set('callerName', facts.callerName);
  set('event', facts.name);
  set('direction', facts.direction);
  return vars;
}

/** A Shuttle event as the rules see it. */
export function shuttleRuleCall(
  facts: ShuttleCallFacts,
  callerNormalized: string | null,
  at: Date,
): RuleCallContext {
  return {
    source: 'shuttle',
    events: SHUTTLE_EVENT_ALIASES[facts.name],
    caller: facts.caller,
    callerNormalized,
    callee: facts.callee,
    direction: facts.direction,
    queue: facts.queue ? { name: facts.queue } : null,
    userData: facts.fields,
    agent: facts.agent ? { externalId: facts.agent.agentnum } : null,
    at,
  };
}
