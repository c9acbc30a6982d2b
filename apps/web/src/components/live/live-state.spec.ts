import { describe, expect, it } from 'vitest';
import type { TAgentSession, TLiveCall, TShuttleRealtimeCti } from '@screenpop/contracts';
import {
  MAX_CTI_LINES,
  RECENTLY_ENDED_MS,
  addCtiLine,
  callAgeMs,
  ctiLine,
  formatDuration,
  mergeCalls,
  mergeSessions,
  pruneCalls,
  safeHref,
  upsertCall,
  visibleCalls,
} from './live-state';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const iso = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();

function call(id: string, overrides: Partial<TLiveCall> = {}): TLiveCall {
  return {
    id,
    source: 'shuttle',
    externalCallId: `ext-${id}`,
    caller: '9981003',
    callerName: 'telephone',
    callee: '99996000',
    direction: 'inbound',
    state: 'ringing',
    queueName: 'CC-SIPPSupport',
    agentName: 'JohnAndrea DoeBianco',
    ringingAt: iso(0),
    answeredAt: null,
    endedAt: null,
    ...overrides,
  };
}

describe('live calls', () => {
  it('adds a new call and updates it in place by id', () => {
    const ringing = upsertCall([], call('a'));
    const answered = upsertCall(ringing, call('a', { state: 'answered', answeredAt: iso(5_000) }));
    expect(answered).toHaveLength(1);
    expect(answered[0]!.state).toBe('answered');
  });

  it('never rolls a call back to an older state (a snapshot read before the last event)', () => {
    const events = upsertCall([], call('a', { state: 'answered', answeredAt: iso(5_000) }));
    const merged = mergeCalls(events, [call('a'), call('b')]);
    expect(merged.map((c) => [c.id, c.state])).toEqual([
      ['a', 'answered'],
      ['b', 'ringing'],
    ]);
  });

  it('shows calls in progress newest first, then recently ended ones, and drops older ones', () => {
    const calls = [
      call('old', { ringingAt: iso(0) }),
      call('new', { ringingAt: iso(10_000) }),
      call('ended', { state: 'ended', ringingAt: iso(20_000), endedAt: iso(30_000) }),
      call('gone', {
        state: 'abandoned',
        ringingAt: iso(-RECENTLY_ENDED_MS * 2),
        endedAt: iso(-RECENTLY_ENDED_MS - 1),
      }),
    ];
    expect(visibleCalls(calls, T0 + 40_000).map((c) => c.id)).toEqual(['new', 'old', 'ended']);
    expect(pruneCalls(calls, T0 + 40_000).map((c) => c.id)).toEqual(['old', 'new', 'ended']);
    const kept = calls.slice(0, 3);
    expect(pruneCalls(kept, T0 + 40_000)).toBe(kept);
  });

  it('counts the age until now while in progress, and stops it when the call ends', () => {
    expect(callAgeMs(call('a'), T0 + 75_000)).toBe(75_000);
    expect(callAgeMs(call('a', { state: 'ended', endedAt: iso(42_000) }), T0 + 75_000)).toBe(42_000);
    expect(formatDuration(7_900)).toBe('0:07');
    expect(formatDuration(12 * 60_000 + 3_000)).toBe('12:03');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

describe('RealtimeCTI feed', () => {
  const cti = (reference: string, channel: Record<string, unknown> = {}): TShuttleRealtimeCti => ({
    type: 'Screenpop',
    channel,
    reference,
    url: 'http://localhost:3000/thirdparty/open/x',
  });

  it("uses the relay's time when it sent one", () => {
    const received = new Date(T0);
    expect(ctiLine(1, cti('r', { time: iso(-2_000) }), received).at).toBe(iso(-2_000));
    expect(ctiLine(1, cti('r', { time: 'soon' }), received).at).toBe(iso(0));
  });

  it('keeps the newest lines first, up to a limit', () => {
    let lines = addCtiLine([], ctiLine(1, cti('first'), new Date(T0)));
    lines = addCtiLine(lines, ctiLine(2, cti('second'), new Date(T0)));
    expect(lines.map((line) => line.cti.reference)).toEqual(['second', 'first']);
    for (let i = 0; i < MAX_CTI_LINES + 5; i++)
      lines = addCtiLine(lines, ctiLine(i + 3, cti(`n${i}`), new Date(T0)));
    expect(lines).toHaveLength(MAX_CTI_LINES);
  });

  it('links only web addresses', () => {
    expect(safeHref('https://crm.example.com/a?b=1')).toBe('https://crm.example.com/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('agent logins', () => {
  const session = (id: string, loggedInAt: string): TAgentSession => ({
    id,
    source: 'xivo',
    login: `agent-${id}`,
    host: 'xivo.example.com',
    agentName: null,
    loggedInAt,
    tokenIssuedAt: null,
    tokenExpiresAt: null,
  });

  it('lists the newest login first, once per session', () => {
    const merged = mergeSessions([session('a', iso(0))], [session('b', iso(1_000)), session('a', iso(0))]);
    expect(merged.map((s) => s.id)).toEqual(['b', 'a']);
  });
});
