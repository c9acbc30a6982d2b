import { ZWallboardSnapshot } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.js';
import {
  agentState,
  callPhase,
  deriveWallboard,
  queueFigures,
  type WallboardAgentRow,
  type WallboardCallRow,
  type WallboardInput,
  type WallboardLoginRow,
} from './wallboard.derivation.js';

const NOW = new Date('2026-12-06T10:00:00Z'); // 11:00 in Paris
const DAY = localDay(NOW, 'Europe/Paris');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

const SALES = { id: 'q-sales', source: 'shuttle' as const, name: 'sales', displayName: 'Sales' };
const SUPPORT = { id: 'q-support', source: 'xivo' as const, name: 'support', displayName: null };
const ADA: WallboardAgentRow = {
  id: 'a-ada',
  source: 'shuttle',
  externalId: '1001',
  login: null,
  fullName: 'Ada Lovelace',
  peer: 'SIP/1001',
};
const JAMES: WallboardAgentRow = {
  id: 'a-james',
  source: 'xivo',
  externalId: '8',
  login: '2001',
  fullName: 'James Bond',
  peer: null,
};

let seq = 0;
function call(overrides: Partial<WallboardCallRow> = {}): WallboardCallRow {
  seq += 1;
  return {
    id: `c-${seq}`,
    source: 'shuttle',
    externalCallId: `1765000000.${seq}`,
    caller: '0600000000',
    callerName: null,
    state: 'ringing',
    ringingAt: ago(30),
    answeredAt: null,
    endedAt: null,
    queue: SALES,
    agent: null,
    form: null,
    ...overrides,
  };
}

const form = (overrides: Partial<NonNullable<WallboardCallRow['form']>> = {}) => ({
  status: 'pending' as const,
  openedAt: null,
  completedAt: null,
  autopause: false,
  autopauseReason: null,
  ...overrides,
});

function input(calls: WallboardCallRow[], logins: WallboardLoginRow[] = []): WallboardInput {
  return { now: NOW, day: DAY, serviceLevelSeconds: 20, calls, logins, truncated: false };
}

describe('callPhase', () => {
  it('follows a Shuttle call from ringing to talking to wrap-up, then off the board once the form is done', () => {
    expect(callPhase(call({ ringingAt: ago(12) }), NOW)).toEqual({ phase: 'ringing', since: ago(12) });
    const answered = call({ state: 'answered', ringingAt: ago(60), answeredAt: ago(50) });
    expect(callPhase(answered, NOW)).toEqual({ phase: 'talking', since: ago(50) });
    const ended = { ...answered, state: 'ended' as const, endedAt: ago(5), form: form({ status: 'opened' }) };
    expect(callPhase(ended, NOW)).toEqual({ phase: 'wrapUp', since: ago(5) });
    expect(callPhase({ ...ended, form: form({ status: 'completed', completedAt: ago(1) }) }, NOW)).toBeNull();
    // Without a form there is nothing to wrap up.
    expect(callPhase({ ...ended, form: null }, NOW)).toBeNull();
  });

  it('drops calls whose end never came, and wrap-ups left open too long', () => {
    expect(callPhase(call({ ringingAt: ago(13 * 3600) }), NOW)).toBeNull();
    const stale = call({
      state: 'ended',
      ringingAt: ago(3600),
      answeredAt: ago(3500),
      endedAt: ago(31 * 60),
      form: form(),
    });
    expect(callPhase(stale, NOW)).toBeNull();
  });

  it('keeps an abandoned call off the board', () => {
    expect(callPhase(call({ state: 'abandoned', endedAt: ago(3) }), NOW)).toBeNull();
  });

  it('shows a XiVO call with its agent until its form is completed, for 15 minutes at most', () => {
    const xivo = call({ source: 'xivo', queue: SUPPORT, agent: JAMES, ringingAt: ago(90), form: form() });
    expect(callPhase(xivo, NOW)).toEqual({ phase: 'talking', since: ago(90) });
    expect(callPhase({ ...xivo, form: null }, NOW)).toEqual({ phase: 'talking', since: ago(90) });
    expect(callPhase({ ...xivo, form: form({ status: 'completed', completedAt: ago(1) }) }, NOW)).toBeNull();
    expect(callPhase({ ...xivo, ringingAt: ago(16 * 60) }, NOW)).toBeNull();
  });
});

describe('queueFigures', () => {
  it("counts today's answered and abandoned calls, the waiting and talking ones, and the service level", () => {
    const calls = [
      call({ ringingAt: ago(45) }), // waiting 45 s
      call({ ringingAt: ago(10) }), // waiting 10 s
      call({ state: 'answered', ringingAt: ago(100), answeredAt: ago(90) }), // talking, 10 s wait
      call({ state: 'ended', ringingAt: ago(600), answeredAt: ago(530), endedAt: ago(400) }), // 70 s wait
      call({ state: 'abandoned', ringingAt: ago(300), endedAt: ago(280) }), // abandoned after 20 s
      call({ state: 'ended', ringingAt: ago(200), endedAt: ago(195) }), // hung up unanswered
    ];
    expect(queueFigures(calls, input(calls))).toEqual({
      waiting: 2,
      talking: 1,
      answered: 2,
      abandoned: 2,
      longestWaitingSince: ago(45).toISOString(),
      longestWaitSeconds: 70,
      // 1 of 4 answered within 20 s.
      serviceLevel: 25,
    });
  });

  it('counts the threshold itself as within, and XiVO calls as answered but outside the service level', () => {
    const calls = [
      call({ state: 'ended', ringingAt: ago(100), answeredAt: ago(80), endedAt: ago(50) }), // exactly 20 s
      call({ source: 'xivo', queue: SUPPORT, ringingAt: ago(40), state: 'ringing' }),
    ];
    expect(queueFigures(calls, input(calls))).toMatchObject({
      answered: 2,
      abandoned: 0,
      talking: 1,
      waiting: 0,
      serviceLevel: 100,
      longestWaitSeconds: 20,
    });
  });

  it('leaves yesterday out of the day figures, but not a call still waiting from before midnight', () => {
    const beforeMidnight = new Date(DAY.from.getTime() - 60_000);
    const calls = [
      call({ state: 'ended', ringingAt: beforeMidnight, answeredAt: DAY.from, endedAt: DAY.from }),
      call({ ringingAt: beforeMidnight }),
    ];
    expect(queueFigures(calls, input(calls))).toMatchObject({
      waiting: 1,
      answered: 0,
      abandoned: 0,
      longestWaitSeconds: null,
      serviceLevel: null,
      longestWaitingSince: beforeMidnight.toISOString(),
    });
  });

  it('has no service level and no longest wait before any call', () => {
    expect(queueFigures([], input([]))).toEqual({
      waiting: 0,
      talking: 0,
      answered: 0,
      abandoned: 0,
      longestWaitingSince: null,
      longestWaitSeconds: null,
      serviceLevel: null,
    });
  });
});

describe('agentState', () => {
  it('is on a call while a call of theirs is talking, even with another in wrap-up', () => {
    const calls = [
      call({ agent: ADA, state: 'answered', ringingAt: ago(40), answeredAt: ago(30) }),
      call({
        agent: ADA,
        state: 'ended',
        ringingAt: ago(300),
        answeredAt: ago(290),
        endedAt: ago(100),
        form: form({ autopause: true, autopauseReason: 'backoffice' }),
      }),
    ];
    expect(agentState(calls, NOW)).toEqual({ state: 'onCall', since: ago(30), pauseReason: null });
  });

  it('is paused with the reason while an autopause form is not completed after the call', () => {
    const ended = call({
      agent: ADA,
      state: 'ended',
      ringingAt: ago(300),
      answeredAt: ago(290),
      endedAt: ago(100),
      form: form({ status: 'opened', openedAt: ago(290), autopause: true, autopauseReason: 'backoffice' }),
    });
    expect(agentState([ended], NOW)).toEqual({ state: 'paused', since: ago(100), pauseReason: 'backoffice' });
  });

  it('is in wrap-up while a form without autopause is not completed, then ready', () => {
    const ended = call({
      agent: ADA,
      state: 'ended',
      ringingAt: ago(300),
      answeredAt: ago(290),
      endedAt: ago(100),
      form: form({ status: 'opened', openedAt: ago(290) }),
    });
    expect(agentState([ended], NOW)).toEqual({ state: 'wrapUp', since: ago(100), pauseReason: null });
    const done = { ...ended, form: form({ status: 'completed', openedAt: ago(290), completedAt: ago(20) }) };
    expect(agentState([done], NOW)).toEqual({ state: 'ready', since: ago(20), pauseReason: null });
  });

  it('pauses a XiVO agent from when an autopause form opens, and puts them on a call before', () => {
    const xivo = call({
      source: 'xivo',
      agent: JAMES,
      queue: SUPPORT,
      ringingAt: ago(60),
      form: form({ autopause: true, autopauseReason: 'backoffice' }),
    });
    expect(agentState([xivo], NOW)).toEqual({ state: 'onCall', since: ago(60), pauseReason: null });
    const opened = { ...xivo, form: { ...xivo.form!, status: 'opened' as const, openedAt: ago(50) } };
    expect(agentState([opened], NOW)).toEqual({ state: 'paused', since: ago(50), pauseReason: 'backoffice' });
  });

  it('is ready since the login when nothing happened yet', () => {
    expect(agentState([], NOW, ago(600))).toEqual({ state: 'ready', since: ago(600), pauseReason: null });
  });
});

describe('deriveWallboard', () => {
  const login = (overrides: Partial<WallboardLoginRow> = {}): WallboardLoginRow => ({
    id: 's-1',
    source: 'xivo',
    login: '2001',
    host: 'xivocc.example',
    loggedInAt: ago(3600),
    tokenExpiresAt: new Date(NOW.getTime() + 3600_000),
    agent: JAMES,
    ...overrides,
  });

  it('lists logged-on agents (XiVO login, Shuttle peer), queues and calls, in a valid snapshot', () => {
    const calls = [
      call({ ringingAt: ago(5), caller: '0611111111' }),
      call({ agent: ADA, state: 'answered', ringingAt: ago(40), answeredAt: ago(30) }),
    ];
    const snapshot = deriveWallboard(
      input(calls, [
        login(),
        login({ id: 's-old', tokenExpiresAt: ago(10), agent: null, login: '3003' }),
        login({ id: 's-unlinked', agent: null, login: '4004', tokenExpiresAt: null }),
      ]),
    );
    expect(() => ZWallboardSnapshot.parse(snapshot)).not.toThrow();
    expect(snapshot.day).toEqual({
      date: '2026-12-06',
      timeZone: 'Europe/Paris',
      from: '2026-12-05T23:00:00.000Z',
      to: '2026-12-06T23:00:00.000Z',
    });
    expect(snapshot.calls.map((c) => [c.phase, c.agentName])).toEqual([
      ['ringing', null],
      ['talking', 'Ada Lovelace'],
    ]);
    expect(snapshot.queues).toEqual([
      expect.objectContaining({ id: 'q-sales', name: 'Sales', waiting: 1, talking: 1, answered: 1 }),
    ]);
    expect(snapshot.totals).toMatchObject({ waiting: 1, talking: 1, answered: 1, abandoned: 0 });
    expect(snapshot.agents).toEqual([
      {
        id: 'login:s-unlinked',
        source: 'xivo',
        name: '4004',
        externalId: '4004',
        state: 'ready',
        since: ago(3600).toISOString(),
        pauseReason: null,
        loggedOn: { via: 'xivoLogin', where: 'xivocc.example', at: ago(3600).toISOString() },
      },
      expect.objectContaining({
        id: 'a-ada',
        state: 'onCall',
        loggedOn: { via: 'shuttlePeer', where: 'SIP/1001', at: null },
      }),
      expect.objectContaining({ id: 'a-james', name: 'James Bond', externalId: '2001', state: 'ready' }),
    ]);
  });

  it('leaves out a Shuttle agent whose last call is from yesterday and beyond the live window', () => {
    const old = new Date(DAY.from.getTime() - 13 * 3600_000);
    const snapshot = deriveWallboard(
      input([call({ agent: ADA, state: 'ended', ringingAt: old, answeredAt: old, endedAt: old })]),
    );
    expect(snapshot.agents).toEqual([]);
    expect(snapshot.queues).toEqual([]);
    expect(snapshot.calls).toEqual([]);
  });

  it('puts ringing calls first, then talking, then wrap-up, the oldest first in each', () => {
    const calls = [
      call({ state: 'ended', ringingAt: ago(90), answeredAt: ago(80), endedAt: ago(20), form: form() }),
      call({ ringingAt: ago(3) }),
      call({ state: 'answered', ringingAt: ago(50), answeredAt: ago(45) }),
      call({ ringingAt: ago(9) }),
    ];
    const snapshot = deriveWallboard(input(calls));
    expect(snapshot.calls.map((c) => [c.phase, c.since])).toEqual([
      ['ringing', ago(9).toISOString()],
      ['ringing', ago(3).toISOString()],
      ['talking', ago(45).toISOString()],
      ['wrapUp', ago(20).toISOString()],
    ]);
  });
});
