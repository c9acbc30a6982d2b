import { describe, expect, it } from 'vitest';
import { addSums, type CallFactRow, callFacts, EMPTY_SUMS, type FactSums, figuresOf } from './call-facts.js';

const RING = new Date('2026-11-10T08:00:00.000Z');
const at = (seconds: number) => new Date(RING.getTime() + seconds * 1000);

/** An inbound Shuttle call answered after 5 s and hung up 300 s later, without a form. */
const call = (overrides: Partial<CallFactRow> = {}): CallFactRow => ({
  source: 'shuttle',
  direction: 'inbound',
  state: 'ended',
  ringingAt: RING,
  answeredAt: at(5),
  endedAt: at(305),
  holdSeconds: null,
  talkSeconds: null,
  formStatus: null,
  wrapUpSeconds: null,
  ...overrides,
});

describe('callFacts', () => {
  it('an answered Shuttle call: wait to the answer, talk from answer to hangup when Shuttle gives none', () => {
    expect(callFacts(call())).toEqual({
      outcome: 'answered',
      waitSeconds: 5,
      talkSeconds: 300,
      wrapUpSeconds: null,
    });
  });

  it("takes Shuttle's holdtime (queue and ring) as the wait when it gives one, 0 included", () => {
    // Its ringing event came when the agent's phone rang, 5 s before the answer; it had waited 18 s in all.
    expect(callFacts(call({ holdSeconds: 18 }))).toMatchObject({ outcome: 'answered', waitSeconds: 18 });
    expect(callFacts(call({ holdSeconds: 0 })).waitSeconds).toBe(0);
    expect(
      callFacts(call({ state: 'abandoned', answeredAt: null, endedAt: at(12), holdSeconds: 16 })),
    ).toMatchObject({ outcome: 'abandoned', waitSeconds: 16 });
    // Not for a call that is neither answered nor abandoned, nor an outbound or XiVO one.
    expect(
      callFacts(call({ state: 'ringing', answeredAt: null, endedAt: null, holdSeconds: 7 })).waitSeconds,
    ).toBeNull();
    expect(callFacts(call({ direction: 'outbound', holdSeconds: 7 })).waitSeconds).toBeNull();
    expect(callFacts(call({ source: 'xivo', holdSeconds: 7 })).waitSeconds).toBeNull();
  });

  it("takes Shuttle's own talk time when it gives one, 0 included", () => {
    expect(callFacts(call({ talkSeconds: 280 })).talkSeconds).toBe(280);
    expect(callFacts(call({ talkSeconds: 0 })).talkSeconds).toBe(0);
  });

  it('counts whole seconds, rounded down, and never a negative wait', () => {
    // Answered 5.999 s after ringing, hung up 100.9 s after the answer.
    expect(callFacts(call({ answeredAt: at(5.999), endedAt: at(106.899) }))).toMatchObject({
      waitSeconds: 5,
      talkSeconds: 100,
    });
    // Clocks apart: the answer recorded before the ringing.
    expect(callFacts(call({ answeredAt: at(-2) })).waitSeconds).toBe(0);
  });

  it('the wrap-up of a completed form only', () => {
    expect(callFacts(call({ formStatus: 'completed', wrapUpSeconds: 60 })).wrapUpSeconds).toBe(60);
    expect(callFacts(call({ formStatus: 'opened', wrapUpSeconds: 60 })).wrapUpSeconds).toBeNull();
    expect(callFacts(call({ formStatus: 'pending', wrapUpSeconds: 60 })).wrapUpSeconds).toBeNull();
    expect(callFacts(call({ formStatus: 'completed', wrapUpSeconds: null })).wrapUpSeconds).toBeNull();
    expect(callFacts(call({ formStatus: 'completed', wrapUpSeconds: 0 })).wrapUpSeconds).toBe(0);
  });

  it('answered but not hung up yet: a wait, no talk, no wrap-up', () => {
    expect(
      callFacts(
        call({
          state: 'answered',
          answeredAt: at(25),
          endedAt: null,
          formStatus: 'completed',
          wrapUpSeconds: 9,
        }),
      ),
    ).toEqual({ outcome: 'answered', waitSeconds: 25, talkSeconds: null, wrapUpSeconds: null });
  });

  it('abandoned: hung up before any answer (in the queue or while an agent rang), waited until then', () => {
    const abandoned = { outcome: 'abandoned', waitSeconds: 12, talkSeconds: null, wrapUpSeconds: null };
    expect(callFacts(call({ state: 'abandoned', answeredAt: null, endedAt: at(12) }))).toEqual(abandoned);
    // Ended without an answer, whatever the state says.
    expect(callFacts(call({ state: 'ended', answeredAt: null, endedAt: at(12) }))).toEqual(abandoned);
    // Abandoned with no hangup time: the wait is not known, unless Shuttle gave its holdtime.
    expect(callFacts(call({ state: 'abandoned', answeredAt: null, endedAt: null }))).toEqual({
      ...abandoned,
      waitSeconds: null,
    });
    expect(callFacts(call({ state: 'abandoned', answeredAt: null, endedAt: null, holdSeconds: 9 }))).toEqual({
      ...abandoned,
      waitSeconds: 9,
    });
  });

  it('unresolved: a Shuttle call whose answer or hangup never came', () => {
    expect(callFacts(call({ state: 'ringing', answeredAt: null, endedAt: null }))).toEqual({
      outcome: 'unresolved',
      waitSeconds: null,
      talkSeconds: null,
      wrapUpSeconds: null,
    });
  });

  it('outbound: no wait, talk or wrap-up, whatever happened', () => {
    expect(
      callFacts(call({ direction: 'outbound', talkSeconds: 60, formStatus: 'completed', wrapUpSeconds: 10 })),
    ).toEqual({ outcome: 'outbound', waitSeconds: null, talkSeconds: null, wrapUpSeconds: null });
    expect(callFacts(call({ direction: 'outbound', answeredAt: null, state: 'abandoned' })).outcome).toBe(
      'outbound',
    );
  });

  it('every offered XiVO call is answered, its timings unknown', () => {
    const xivo = { outcome: 'answered', waitSeconds: null, talkSeconds: null, wrapUpSeconds: null };
    expect(
      callFacts(
        call({
          source: 'xivo',
          state: 'ringing',
          answeredAt: null,
          endedAt: null,
          formStatus: 'completed',
          wrapUpSeconds: 20,
        }),
      ),
    ).toEqual(xivo);
    expect(callFacts(call({ source: 'xivo', direction: 'unknown', talkSeconds: 50 }))).toEqual(xivo);
  });

  it('internal and unknown directions are offered calls', () => {
    expect(callFacts(call({ direction: 'internal' })).outcome).toBe('answered');
    expect(
      callFacts(call({ direction: 'unknown', answeredAt: null, state: 'abandoned', endedAt: at(3) })),
    ).toMatchObject({
      outcome: 'abandoned',
      waitSeconds: 3,
    });
  });
});

const sums = (overrides: Partial<FactSums>): FactSums => ({ ...EMPTY_SUMS, ...overrides });

describe('figuresOf', () => {
  it('answers zeros and nulls without calls', () => {
    expect(figuresOf(EMPTY_SUMS)).toEqual({
      calls: 0,
      offered: 0,
      answered: 0,
      abandoned: 0,
      outbound: 0,
      abandonRate: null,
      asaSeconds: null,
      ahtSeconds: null,
      avgTalkSeconds: null,
      avgWrapUpSeconds: null,
      serviceLevel: null,
      longestWaitSeconds: null,
      formsShown: 0,
      formsOpened: 0,
      formsCompleted: 0,
      formCompletionRate: null,
    });
  });

  it('divides each sum by its own count, to one decimal, half up', () => {
    const figures = figuresOf(
      sums({
        calls: 12,
        offered: 11,
        answered: 8,
        abandoned: 2,
        outbound: 1,
        waitMeasured: 8,
        withinThreshold: 4,
        answerWaitCount: 4,
        answerWaitSum: 63,
        maxWait: 45,
        talkCount: 5,
        talkSum: 873,
        handleSum: 1023,
        wrapUpCount: 4,
        wrapUpSum: 150,
        formsShown: 8,
        formsOpened: 7,
        formsCompleted: 5,
      }),
    );
    expect(figures).toEqual({
      calls: 12,
      offered: 11,
      answered: 8,
      abandoned: 2,
      outbound: 1,
      // 2 / 11 = 18.18…%
      abandonRate: 18.2,
      // 63 / 4 = 15.75, half up
      asaSeconds: 15.8,
      // 1023 / 5
      ahtSeconds: 204.6,
      // 873 / 5
      avgTalkSeconds: 174.6,
      // 150 / 4
      avgWrapUpSeconds: 37.5,
      // 4 / 8
      serviceLevel: 50,
      longestWaitSeconds: 45,
      formsShown: 8,
      formsOpened: 7,
      formsCompleted: 5,
      // 5 / 7 = 71.43…%
      formCompletionRate: 71.4,
    });
  });

  it('keeps a zero that was measured apart from a null that was not', () => {
    const figures = figuresOf(
      sums({
        offered: 3,
        waitMeasured: 1,
        withinThreshold: 0,
        maxWait: 0,
        answerWaitCount: 1,
        answerWaitSum: 0,
        formsOpened: 2,
      }),
    );
    expect(figures).toMatchObject({
      abandonRate: 0,
      serviceLevel: 0,
      longestWaitSeconds: 0,
      asaSeconds: 0,
      formCompletionRate: 0,
      // No answered call that ended: no talk, handle or wrap-up average.
      ahtSeconds: null,
      avgTalkSeconds: null,
      avgWrapUpSeconds: null,
    });
  });

  it('rounds shares: 2 of 3 is 66.7%, 1 of 3 is 33.3%, 1 of 8 is 12.5%', () => {
    expect(figuresOf(sums({ offered: 3, abandoned: 2 })).abandonRate).toBe(66.7);
    expect(figuresOf(sums({ waitMeasured: 3, withinThreshold: 1 })).serviceLevel).toBe(33.3);
    expect(figuresOf(sums({ formsOpened: 8, formsCompleted: 1 })).formCompletionRate).toBe(12.5);
    // 710 / 3 = 236.66…
    expect(figuresOf(sums({ talkCount: 3, talkSum: 575, handleSum: 710 })).ahtSeconds).toBe(236.7);
  });
});

describe('addSums', () => {
  it('adds every count and sum and keeps the longer of the longest waits', () => {
    const a: FactSums = { ...EMPTY_SUMS, calls: 3, offered: 2, answerWaitSum: 40, maxWait: 25 };
    const b: FactSums = { ...EMPTY_SUMS, calls: 1, offered: 1, answerWaitSum: 5, maxWait: 30 };
    expect(addSums(a, b)).toMatchObject({ calls: 4, offered: 3, answerWaitSum: 45, maxWait: 30 });
    // An unknown longest wait (no measured call) does not hide a known one.
    expect(addSums(EMPTY_SUMS, a).maxWait).toBe(25);
    expect(addSums(a, EMPTY_SUMS).maxWait).toBe(25);
    expect(addSums(EMPTY_SUMS, EMPTY_SUMS)).toEqual(EMPTY_SUMS);
  });
});
