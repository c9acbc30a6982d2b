import {
  type TPlatform,
  type TWallboardAgent,
  type TWallboardAgentState,
  type TWallboardCall,
  type TWallboardCallPhase,
  type TWallboardQueueFigures,
  type TWallboardQueue,
  type TWallboardSnapshot,
  WALLBOARD_LIVE_MAX_HOURS,
  WALLBOARD_WRAP_UP_MAX_MINUTES,
  WALLBOARD_XIVO_CALL_MAX_MINUTES,
} from '@screenpop/contracts';
import type { LocalDay } from './local-day.js';
import { agentDisplayName } from '../agents/agent-name.js';

/**
 * The wallboard's figures from the tenant's recent calls and logins, as pure functions. Their definitions,
 * in words, are WALLBOARD_FIGURES in @screenpop/contracts: change both together.
 */

const LIVE_MAX_MS = WALLBOARD_LIVE_MAX_HOURS * 3_600_000;
const XIVO_CALL_MAX_MS = WALLBOARD_XIVO_CALL_MAX_MINUTES * 60_000;
const WRAP_UP_MAX_MS = WALLBOARD_WRAP_UP_MAX_MINUTES * 60_000;
/** A XiVO login without an expiry counts as logged on for this long. */
export const LOGIN_WITHOUT_EXPIRY_MS = 24 * 3_600_000;
/** The wallboard lists at most this many calls (the oldest first within each phase). */
export const WALLBOARD_MAX_CALLS = 200;

export interface WallboardAgentRow {
  id: string;
  source: TPlatform;
  externalId: string;
  login: string | null;
  fullName: string | null;
  peer: string | null;
}

export interface WallboardCallRow {
  id: string;
  source: TPlatform;
  externalCallId: string;
  caller: string;
  callerName: string | null;
  state: 'ringing' | 'answered' | 'ended' | 'abandoned';
  ringingAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  queue: { id: string; source: TPlatform; name: string; displayName: string | null } | null;
  agent: WallboardAgentRow | null;
  form: {
    status: 'pending' | 'opened' | 'completed';
    openedAt: Date | null;
    completedAt: Date | null;
    autopause: boolean;
    autopauseReason: string | null;
  } | null;
}

export interface WallboardLoginRow {
  id: string;
  source: TPlatform;
  login: string;
  host: string;
  loggedInAt: Date;
  tokenExpiresAt: Date | null;
  agent: WallboardAgentRow | null;
}

export interface WallboardInput {
  now: Date;
  day: LocalDay;
  serviceLevelSeconds: number;
  /** The calls that rang since the day began or in the last WALLBOARD_LIVE_MAX_HOURS, whichever is earlier. */
  calls: readonly WallboardCallRow[];
  /** Recent XiVO logins (the last LOGIN_WITHOUT_EXPIRY_MS at least). */
  logins: readonly WallboardLoginRow[];
  truncated: boolean;
}

const isCompleted = (call: WallboardCallRow) =>
  call.form !== null && (call.form.status === 'completed' || call.form.completedAt !== null);

/** Where the call stands now, and since when; null once it is off the wallboard. See WALLBOARD_FIGURES. */
export function callPhase(
  call: WallboardCallRow,
  now: Date,
): { phase: TWallboardCallPhase; since: Date } | null {
  const age = (from: Date) => now.getTime() - from.getTime();
  if (call.source === 'xivo') {
    // XucMgt reports a call once, when it reaches the agent: the form's completion is the only later signal.
    if (call.state === 'ended' || call.state === 'abandoned' || isCompleted(call)) return null;
    return age(call.ringingAt) <= XIVO_CALL_MAX_MS ? { phase: 'talking', since: call.ringingAt } : null;
  }
  if (call.endedAt === null && call.state === 'ringing' && call.answeredAt === null) {
    return age(call.ringingAt) <= LIVE_MAX_MS ? { phase: 'ringing', since: call.ringingAt } : null;
  }
  if (call.endedAt === null && call.answeredAt !== null && call.state !== 'abandoned') {
    return age(call.answeredAt) <= LIVE_MAX_MS ? { phase: 'talking', since: call.answeredAt } : null;
  }
  if (call.endedAt !== null && call.answeredAt !== null && call.form !== null && !isCompleted(call)) {
    return age(call.endedAt) <= WRAP_UP_MAX_MS ? { phase: 'wrapUp', since: call.endedAt } : null;
  }
  return null;
}

/** Seconds the caller waited (until the answer, the abandon, or now); null when unknown (XiVO, or not yet over). */
export function waitSeconds(call: WallboardCallRow, now: Date): number | null {
  if (call.source === 'xivo') return null;
  const end = call.answeredAt ?? call.endedAt ?? (call.state === 'ringing' ? now : null);
  return end === null ? null : Math.max(0, Math.floor((end.getTime() - call.ringingAt.getTime()) / 1000));
}

export const isAnswered = (call: WallboardCallRow) => call.source === 'xivo' || call.answeredAt !== null;

export const isAbandoned = (call: WallboardCallRow) =>
  call.source !== 'xivo' &&
  call.answeredAt === null &&
  (call.state === 'abandoned' || (call.state === 'ended' && call.endedAt !== null));

const inDay = (call: WallboardCallRow, day: LocalDay) =>
  call.ringingAt.getTime() >= day.from.getTime() && call.ringingAt.getTime() < day.to.getTime();

/** A queue's (or every queue's) figures over the given calls. */
export function queueFigures(
  calls: readonly WallboardCallRow[],
  { now, day, serviceLevelSeconds }: Pick<WallboardInput, 'now' | 'day' | 'serviceLevelSeconds'>,
): TWallboardQueueFigures {
  let waiting = 0;
  let talking = 0;
  let answered = 0;
  let abandoned = 0;
  let longestWaitingSince: Date | null = null;
  let longestWaitSeconds: number | null = null;
  let withinThreshold = 0;
  let measured = 0;
  for (const call of calls) {
    const phase = callPhase(call, now);
    if (phase?.phase === 'ringing') {
      waiting += 1;
      if (longestWaitingSince === null || call.ringingAt < longestWaitingSince)
        longestWaitingSince = call.ringingAt;
    }
    if (phase?.phase === 'talking') talking += 1;
    if (!inDay(call, day)) continue;
    const wait = waitSeconds(call, now);
    if (wait !== null && (longestWaitSeconds === null || wait > longestWaitSeconds))
      longestWaitSeconds = wait;
    if (isAnswered(call)) {
      answered += 1;
      if (call.source !== 'xivo') {
        measured += 1;
        if (wait !== null && wait <= serviceLevelSeconds) withinThreshold += 1;
      }
    } else if (isAbandoned(call)) {
      abandoned += 1;
      measured += 1;
    }
  }
  return {
    waiting,
    talking,
    answered,
    abandoned,
    longestWaitingSince: longestWaitingSince?.toISOString() ?? null,
    longestWaitSeconds,
    serviceLevel: measured === 0 ? null : Math.floor((withinThreshold * 100) / measured),
  };
}

const latest = (dates: readonly (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);

/** The agent's state from their calls, by precedence: on a call, paused, wrap-up, ready. See WALLBOARD_FIGURES. */
export function agentState(
  calls: readonly WallboardCallRow[],
  now: Date,
  loggedInAt: Date | null = null,
): { state: TWallboardAgentState; since: Date | null; pauseReason: string | null } {
  const phased = calls.flatMap((call) => {
    const phase = callPhase(call, now);
    return phase ? [{ call, ...phase }] : [];
  });
  // A XiVO form opened with autopause pauses the agent in XucMgt until it is completed.
  const pausedBy = (entry: (typeof phased)[number]) =>
    entry.call.form?.autopause === true &&
    (entry.phase === 'wrapUp' || (entry.call.source === 'xivo' && entry.call.form.openedAt !== null));

  const onCall = phased.filter((entry) => entry.phase === 'talking' && !pausedBy(entry));
  if (onCall.length > 0) {
    return { state: 'onCall', since: latest(onCall.map((entry) => entry.since)), pauseReason: null };
  }
  const paused = phased.filter(pausedBy);
  if (paused.length > 0) {
    const newest = paused.reduce((a, b) =>
      (b.call.form?.openedAt ?? b.since) > (a.call.form?.openedAt ?? a.since) ? b : a,
    );
    return {
      state: 'paused',
      since: newest.call.source === 'xivo' ? (newest.call.form?.openedAt ?? newest.since) : newest.since,
      pauseReason: newest.call.form?.autopauseReason ?? null,
    };
  }
  const wrapUp = phased.filter((entry) => entry.phase === 'wrapUp');
  if (wrapUp.length > 0) {
    return { state: 'wrapUp', since: latest(wrapUp.map((entry) => entry.since)), pauseReason: null };
  }
  const lastActivity = latest([
    loggedInAt,
    ...calls.map((call) => latest([call.endedAt, call.form?.completedAt ?? null])),
  ]);
  return { state: 'ready', since: lastActivity, pauseReason: null };
}

const isLoginActive = (login: WallboardLoginRow, now: Date) =>
  login.tokenExpiresAt
    ? login.tokenExpiresAt > now
    : now.getTime() - login.loggedInAt.getTime() <= LOGIN_WITHOUT_EXPIRY_MS;

/** Agents logged on (XiVO login, Shuttle peer with a recent call) or with a call on the wallboard. */
export function wallboardAgents(input: WallboardInput): TWallboardAgent[] {
  const { now, calls, logins } = input;
  const liveFrom = now.getTime() - LIVE_MAX_MS;
  interface Entry {
    id: string;
    source: TPlatform;
    name: string;
    externalId: string | null;
    calls: WallboardCallRow[];
    loggedOn: TWallboardAgent['loggedOn'];
    loggedInAt: Date | null;
  }
  const entries = new Map<string, Entry>();
  const entryFor = (agent: WallboardAgentRow): Entry => {
    let entry = entries.get(agent.id);
    if (!entry) {
      entry = {
        id: agent.id,
        source: agent.source,
        name: agentDisplayName(agent),
        externalId: agent.login ?? agent.externalId,
        calls: [],
        loggedOn: null,
        loggedInAt: null,
      };
      entries.set(agent.id, entry);
    }
    return entry;
  };

  // Newest login first: an agent's latest active login is the one shown.
  const activeLogins = logins
    .filter((login) => isLoginActive(login, now))
    .sort((a, b) => b.loggedInAt.getTime() - a.loggedInAt.getTime());
  const unlinked = new Set<string>();
  for (const login of activeLogins) {
    const loggedOn = { via: 'xivoLogin' as const, where: login.host, at: login.loggedInAt.toISOString() };
    if (login.agent) {
      const entry = entryFor(login.agent);
      if (!entry.loggedOn) {
        entry.loggedOn = loggedOn;
        entry.loggedInAt = login.loggedInAt;
      }
    } else if (!unlinked.has(`${login.source}:${login.login}`)) {
      unlinked.add(`${login.source}:${login.login}`);
      entries.set(`login:${login.id}`, {
        id: `login:${login.id}`,
        source: login.source,
        name: login.login,
        externalId: login.login,
        calls: [],
        loggedOn,
        loggedInAt: login.loggedInAt,
      });
    }
  }

  for (const call of calls) {
    if (!call.agent) continue;
    const known = entries.get(call.agent.id);
    const recent = inDay(call, input.day) || call.ringingAt.getTime() >= liveFrom;
    const shuttlePeer = call.agent.source !== 'xivo' && call.agent.peer !== null && recent;
    if (!known && !shuttlePeer && !callPhase(call, now)) continue;
    const entry = known ?? entryFor(call.agent);
    entry.calls.push(call);
    if (!entry.loggedOn && shuttlePeer)
      entry.loggedOn = { via: 'shuttlePeer', where: call.agent.peer, at: null };
  }

  return [...entries.values()]
    .map((entry) => ({
      id: entry.id,
      source: entry.source,
      name: entry.name,
      externalId: entry.externalId,
      ...serialiseState(agentState(entry.calls, now, entry.loggedInAt)),
      loggedOn: entry.loggedOn,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function serialiseState(state: ReturnType<typeof agentState>) {
  return { state: state.state, since: state.since?.toISOString() ?? null, pauseReason: state.pauseReason };
}

const PHASE_ORDER: Record<TWallboardCallPhase, number> = { ringing: 0, talking: 1, wrapUp: 2 };

/** Calls ringing, talking or in wrap-up: by phase, the oldest first within each. */
export function wallboardCalls(calls: readonly WallboardCallRow[], now: Date): TWallboardCall[] {
  return calls
    .flatMap((call) => {
      const phase = callPhase(call, now);
      return phase ? [{ call, ...phase }] : [];
    })
    .sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.since.getTime() - b.since.getTime())
    .slice(0, WALLBOARD_MAX_CALLS)
    .map(({ call, phase, since }) => ({
      id: call.id,
      source: call.source,
      externalCallId: call.externalCallId,
      caller: call.caller,
      callerName: call.callerName,
      queueName: call.queue ? (call.queue.displayName ?? call.queue.name) : null,
      agentName: call.agent ? agentDisplayName(call.agent) : null,
      phase,
      since: since.toISOString(),
      ringingAt: call.ringingAt.toISOString(),
    }));
}

/** Each queue with a call today or one on the wallboard now, by name. */
export function wallboardQueues(input: WallboardInput): TWallboardQueue[] {
  const byQueue = new Map<
    string,
    { queue: NonNullable<WallboardCallRow['queue']>; calls: WallboardCallRow[] }
  >();
  for (const call of input.calls) {
    if (!call.queue) continue;
    if (!inDay(call, input.day) && !callPhase(call, input.now)) continue;
    const group = byQueue.get(call.queue.id) ?? { queue: call.queue, calls: [] };
    group.calls.push(call);
    byQueue.set(call.queue.id, group);
  }
  return [...byQueue.values()]
    .map(({ queue, calls }) => ({
      id: queue.id,
      source: queue.source,
      name: queue.displayName ?? queue.name,
      ...queueFigures(calls, input),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function deriveWallboard(input: WallboardInput): TWallboardSnapshot {
  return {
    generatedAt: input.now.toISOString(),
    day: {
      date: input.day.date,
      timeZone: input.day.timeZone,
      from: input.day.from.toISOString(),
      to: input.day.to.toISOString(),
    },
    serviceLevelSeconds: input.serviceLevelSeconds,
    calls: wallboardCalls(input.calls, input.now),
    queues: wallboardQueues(input),
    totals: queueFigures(
      input.calls.filter((call) => inDay(call, input.day) || callPhase(call, input.now)),
      input,
    ),
    agents: wallboardAgents(input),
    truncated: input.truncated,
  };
}
