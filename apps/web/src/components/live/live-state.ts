import type { TAgentSession, TCallState, TLiveCall, TShuttleRealtimeCti } from '@screenpop/contracts';

/** The supervisors' live view as pure functions over what the API sends: calls, RealtimeCTI lines, logins. */

/** A call that ended stays this long, dimmed, so the supervisor sees how it ended. */
export const RECENTLY_ENDED_MS = 2 * 60_000;
export const MAX_CTI_LINES = 50;
export const MAX_SESSIONS = 10;

const STATE_RANK: Record<TCallState, number> = { ringing: 0, answered: 1, ended: 2, abandoned: 2 };

export const isInProgress = (call: TLiveCall) => call.state === 'ringing' || call.state === 'answered';

/** Adds or replaces a call by id; an older view of it (a snapshot read while events flowed) never rolls it back. */
export function upsertCall(calls: readonly TLiveCall[], call: TLiveCall): TLiveCall[] {
  const index = calls.findIndex((candidate) => candidate.id === call.id);
  if (index === -1) return [...calls, call];
  if (STATE_RANK[calls[index]!.state] > STATE_RANK[call.state]) return [...calls];
  return calls.map((candidate, at) => (at === index ? call : candidate));
}

export function mergeCalls(calls: readonly TLiveCall[], snapshot: readonly TLiveCall[]): TLiveCall[] {
  return snapshot.reduce<TLiveCall[]>((merged, call) => upsertCall(merged, call), [...calls]);
}

function endedAtMs(call: TLiveCall): number | null {
  if (isInProgress(call)) return null;
  return Date.parse(call.endedAt ?? call.answeredAt ?? call.ringingAt);
}

const isShown = (call: TLiveCall, nowMs: number) => {
  const ended = endedAtMs(call);
  return ended === null || nowMs - ended <= RECENTLY_ENDED_MS;
};

/** Forgets the calls that ended long enough ago, so the page can run all day; the same array when none did. */
export function pruneCalls(calls: TLiveCall[], nowMs: number): TLiveCall[] {
  return calls.every((call) => isShown(call, nowMs)) ? calls : calls.filter((call) => isShown(call, nowMs));
}

/** What the table shows: calls in progress, newest first, then the recently ended ones. */
export function visibleCalls(calls: readonly TLiveCall[], nowMs: number): TLiveCall[] {
  const newestFirst = (a: TLiveCall, b: TLiveCall) => Date.parse(b.ringingAt) - Date.parse(a.ringingAt);
  const shown = calls.filter((call) => isShown(call, nowMs));
  return [
    ...shown.filter(isInProgress).sort(newestFirst),
    ...shown.filter((call) => !isInProgress(call)).sort(newestFirst),
  ];
}

/** How long the call has lasted: until now while in progress, until its end otherwise. */
export function callAgeMs(call: TLiveCall, nowMs: number): number {
  const end = endedAtMs(call) ?? nowMs;
  return Math.max(0, end - Date.parse(call.ringingAt));
}

/** `0:07`, `12:03`, `1:02:03`. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function callStateLabel(state: TCallState): string {
  switch (state) {
    case 'ringing':
      return 'Ringing';
    case 'answered':
      return 'On call';
    case 'ended':
      return 'Ended';
    case 'abandoned':
      return 'Abandoned';
  }
}

export interface CtiLine {
  id: number;
  /** When the event happened: the relay's `channel.time` when it sent one, else when it arrived. */
  at: string;
  cti: TShuttleRealtimeCti;
}

export function ctiLine(id: number, cti: TShuttleRealtimeCti, receivedAt: Date): CtiLine {
  const time = cti.channel.time;
  const sent = typeof time === 'string' || typeof time === 'number' ? new Date(time) : null;
  const at = sent && !Number.isNaN(sent.getTime()) ? sent : receivedAt;
  return { id, at: at.toISOString(), cti };
}

/** Newest first, at most MAX_CTI_LINES. */
export function addCtiLine(lines: readonly CtiLine[], line: CtiLine): CtiLine[] {
  return [line, ...lines].slice(0, MAX_CTI_LINES);
}

/** Newest login first, one entry per session, at most MAX_SESSIONS. */
export function mergeSessions(
  sessions: readonly TAgentSession[],
  added: readonly TAgentSession[],
): TAgentSession[] {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  for (const session of added) byId.set(session.id, session);
  return [...byId.values()]
    .sort((a, b) => Date.parse(b.loggedInAt) - Date.parse(a.loggedInAt))
    .slice(0, MAX_SESSIONS);
}

/** Only web addresses become links: a RealtimeCTI url is whatever the rule or relay put there. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
