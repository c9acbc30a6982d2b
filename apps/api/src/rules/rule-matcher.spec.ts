import type { TRuleMatch } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { evaluateRules, explainMismatch, type MatchableRule, type RuleCallContext } from './rule-matcher.js';

// Wednesday 2026-11-18, 10:30 UTC.
const WEDNESDAY_10_30_UTC = new Date('2026-11-18T10:30:00Z');

function call(overrides: Partial<RuleCallContext> = {}): RuleCallContext {
  return {
    source: 'xivo',
    events: ['thirdparty', 'EventRinging', 'ringing'],
    caller: '0612345678',
    callerNormalized: '+33612345678',
    callee: '1023',
    direction: 'inbound',
    queue: { name: 'edition', number: '3001' },
    userData: { XIVO_USERID: '54', USR_XIVO_DSTNUM: '3001' },
    agent: { externalId: '29', login: 'jbond' },
    at: WEDNESDAY_10_30_UTC,
    ...overrides,
  };
}

function rule(priority: number, match: TRuleMatch, overrides: Partial<MatchableRule> = {}): MatchableRule {
  return { id: `rule-${priority}`, name: `Rule ${priority}`, priority, enabled: true, match, ...overrides };
}

const matches = (match: TRuleMatch, context = call()) => explainMismatch(match, context).length === 0;

describe('evaluateRules', () => {
  it('picks the matching rule with the lowest priority, whatever the stored order', () => {
    const rules = [rule(100, {}), rule(10, { queues: ['edition'] }), rule(50, {})];
    expect(evaluateRules(rules, call()).rule?.id).toBe('rule-10');
  });

  it('skips disabled rules and says so in the trace', () => {
    const rules = [rule(1, {}, { enabled: false }), rule(2, {})];
    const { rule: matched, trace } = evaluateRules(rules, call());
    expect(matched?.id).toBe('rule-2');
    expect(trace[0]).toMatchObject({ ruleId: 'rule-1', matched: false, reasons: [{ condition: 'enabled' }] });
  });

  it('treats an empty match as a catch-all', () => {
    expect(evaluateRules([rule(5, {})], call({ queue: null, agent: null })).rule?.id).toBe('rule-5');
  });

  it('answers no rule, with every rule explained, when nothing matches', () => {
    const { rule: matched, trace } = evaluateRules(
      [rule(1, { queues: ['sales'] }), rule(2, { direction: 'outbound' })],
      call(),
    );
    expect(matched).toBeNull();
    expect(trace.map((entry) => entry.matched)).toEqual([false, false]);
  });

  it('traces why each earlier rule did not match, and stops at the match', () => {
    const rules = [
      rule(1, { queues: ['sales', '3002'], caller: { op: 'prefix', value: '01' } }),
      rule(2, {}),
      rule(3, {}),
    ];
    const { trace } = evaluateRules(rules, call());
    expect(trace).toHaveLength(2);
    expect(trace[0]!.reasons.map((reason) => reason.condition)).toEqual(['queues', 'caller']);
    expect(trace[0]!.reasons[0]!.message).toBe('Queue edition (3001) is not one of sales, 3002');
    expect(trace[1]).toMatchObject({ ruleId: 'rule-2', matched: true, reasons: [] });
  });
});

describe('conditions', () => {
  it('sources', () => {
    expect(matches({ sources: ['xivo', 'vodia'] })).toBe(true);
    expect(matches({ sources: ['shuttle'] })).toBe(false);
  });

  it('events, by any name the event is known by', () => {
    expect(matches({ events: ['EventRinging'] })).toBe(true);
    expect(matches({ events: ['ringing'] })).toBe(true);
    expect(matches({ events: ['hangup'] })).toBe(false);
  });

  it('queues by name (any case) or number', () => {
    expect(matches({ queues: ['Edition'] })).toBe(true);
    expect(matches({ queues: ['3001'] })).toBe(true);
    expect(matches({ queues: ['sales', '3002'] })).toBe(false);
    expect(explainMismatch({ queues: ['sales'] }, call({ queue: null }))[0]!.message).toBe(
      'No queue is not one of sales',
    );
  });

  it('caller exact, prefix and pattern, on the number as dialled or normalised', () => {
    expect(matches({ caller: { op: 'exact', value: '0612345678' } })).toBe(true);
    expect(matches({ caller: { op: 'exact', value: '+33612345678' } })).toBe(true);
    expect(matches({ caller: { op: 'exact', value: '061234567' } })).toBe(false);
    expect(matches({ caller: { op: 'prefix', value: '+336' } })).toBe(true);
    expect(matches({ caller: { op: 'prefix', value: '01' } })).toBe(false);
    expect(matches({ caller: { op: 'pattern', value: '^0[67]' } })).toBe(true);
    expect(matches({ caller: { op: 'pattern', value: '^\\+44' } })).toBe(false);
  });

  it('callee exact, prefix and pattern', () => {
    expect(matches({ callee: { op: 'exact', value: '1023' } })).toBe(true);
    expect(matches({ callee: { op: 'prefix', value: '10' } })).toBe(true);
    expect(matches({ callee: { op: 'pattern', value: '^2\\d+$' } })).toBe(false);
  });

  it('never matches an invalid pattern, and says why', () => {
    const reasons = explainMismatch({ callee: { op: 'pattern', value: '([' } }, call());
    expect(reasons[0]!.message).toContain('not a valid pattern');
  });

  it('direction', () => {
    expect(matches({ direction: 'inbound' })).toBe(true);
    expect(matches({ direction: 'inbound' }, call({ direction: 'unknown' }))).toBe(false);
  });

  it('userData keys: every condition must hold, a missing key fails', () => {
    expect(matches({ userData: [{ key: 'USR_XIVO_DSTNUM', op: 'exact', value: '3001' }] })).toBe(true);
    expect(
      matches({
        userData: [
          { key: 'USR_XIVO_DSTNUM', op: 'prefix', value: '30' },
          { key: 'XIVO_USERID', op: 'exact', value: '55' },
        ],
      }),
    ).toBe(false);
    const reasons = explainMismatch({ userData: [{ key: 'VIP', op: 'exact', value: 'yes' }] }, call());
    expect(reasons[0]!.message).toBe('Call data has no VIP');
  });

  it('agents by platform id or login', () => {
    expect(matches({ agents: ['29'] })).toBe(true);
    expect(matches({ agents: ['JBond'] })).toBe(true);
    expect(matches({ agents: ['30'] })).toBe(false);
    expect(matches({ agents: ['29'] }, call({ agent: null }))).toBe(false);
  });

  it('time window in a time zone, with weekdays', () => {
    expect(matches({ timeWindow: { from: '09:00', to: '18:00', timeZone: 'UTC' } })).toBe(true);
    expect(matches({ timeWindow: { from: '09:00', to: '10:30', timeZone: 'UTC' } })).toBe(false);
    // 10:30 UTC is 11:30 in Paris (winter time).
    expect(matches({ timeWindow: { from: '11:30', to: '12:00', timeZone: 'Europe/Paris' } })).toBe(true);
    expect(
      matches({ timeWindow: { from: '09:00', to: '18:00', days: [1, 2, 3, 4, 5], timeZone: 'UTC' } }),
    ).toBe(true);
    expect(matches({ timeWindow: { from: '09:00', to: '18:00', days: [6, 7], timeZone: 'UTC' } })).toBe(
      false,
    );
  });

  it('overnight time window belongs to the day it opened on', () => {
    const thursday0100 = call({ at: new Date('2026-11-19T01:00:00Z') });
    expect(
      matches({ timeWindow: { from: '22:00', to: '06:00', days: [3], timeZone: 'UTC' } }, thursday0100),
    ).toBe(true);
    expect(
      matches({ timeWindow: { from: '22:00', to: '06:00', days: [4], timeZone: 'UTC' } }, thursday0100),
    ).toBe(false);
    expect(matches({ timeWindow: { from: '22:00', to: '06:00', timeZone: 'UTC' } })).toBe(false);
  });

  it('an unknown time zone never matches', () => {
    const reasons = explainMismatch(
      { timeWindow: { from: '00:00', to: '23:59', timeZone: 'Mars/Olympus' } },
      call(),
    );
    expect(reasons[0]).toEqual({ condition: 'timeWindow', message: 'Unknown time zone Mars/Olympus' });
  });

  it('requires every present condition', () => {
    expect(matches({ queues: ['edition'], direction: 'inbound', agents: ['29'] })).toBe(true);
    expect(matches({ queues: ['edition'], direction: 'outbound', agents: ['29'] })).toBe(false);
  });
});
