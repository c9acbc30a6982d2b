import {
  RULE_ANSWER_EVENTS,
  RULE_MATCH_EVENTS,
  SHUTTLE_EVENT_NAMES,
  SIMULATED_FORM_ID,
  shuttleSampleAbandon,
  shuttleSampleHangup,
  shuttleSampleUp,
  type TShuttleEvent,
  type TXivoThirdPartyRequest,
  xivoSampleRequest,
  ZShuttleEvent,
  ZXivoThirdPartyRequest,
} from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { SHUTTLE_EVENT_ALIASES } from '../shuttle/shuttle-event.js';
import { THIRD_PARTY_EVENTS, toXivoEvent } from '../xivo/third-party-answer.js';
import { reorderSummary } from './rules-admin.service.js';
import { type SimulatedRule, type SimulationInput, simulateRules } from './rule-simulator.js';

const TEMPLATE_ID = '6bd37819-b4a6-43d3-8fa3-6eb6489bb705';
const WEB = 'https://crm.example.test';

function rule(overrides: Partial<SimulatedRule>): SimulatedRule {
  return {
    id: overrides.name ?? 'rule',
    name: 'Rule',
    priority: 0,
    enabled: true,
    match: {},
    action: 'open',
    event: null,
    formTemplateId: null,
    urlTemplate: null,
    autopause: null,
    autopauseReason: null,
    multitab: null,
    titleTemplate: null,
    executableArgs: null,
    shuttleMode: null,
    notification: null,
    draft: false,
    ...overrides,
  };
}

// The demo rules, in their order.
const sales = rule({
  name: 'Sales queue',
  match: { queues: ['sales', '3002'] },
  action: 'popup',
  event: 'EventEstablished',
  formTemplateId: TEMPLATE_ID,
  multitab: true,
  titleTemplate: 'Sales: {{caller}}',
  autopause: false,
});
const shuttle = rule({
  name: 'Shuttle on answer',
  match: { sources: ['shuttle'], events: ['up'] },
  shuttleMode: 'new_frame',
  formTemplateId: TEMPLATE_ID,
  notification: { type: 'info', title: 'Call from {{caller}}', body: 'Queue {{queue.name}}' },
});
const everyXivo = rule({
  name: 'Every XiVO call',
  match: { sources: ['xivo'] },
  event: 'EventReleased',
  formTemplateId: TEMPLATE_ID,
  autopause: true,
  autopauseReason: 'backoffice',
  titleTemplate: 'Third Party Sample',
});

const xivo = (request: unknown = xivoSampleRequest) =>
  ({ platform: 'xivo', request: ZXivoThirdPartyRequest.parse(request) as TXivoThirdPartyRequest }) as const;
const shuttleSample = (event: unknown) =>
  ({ platform: 'shuttle', event: ZShuttleEvent.parse(event) as TShuttleEvent }) as const;

function simulate(rules: SimulatedRule[], sample: SimulationInput['sample']) {
  return simulateRules({
    rules,
    sample,
    at: new Date('2026-12-07T10:00:00Z'),
    publicWebUrl: WEB,
    defaultPhoneCountry: 'FR',
    templateNames: new Map([[TEMPLATE_ID, 'Call report']]),
  });
}

describe('simulateRules', () => {
  it('answers the XiVO sample as the intake does, the form id a placeholder, earlier rules explained', () => {
    const result = simulate([sales, shuttle, everyXivo], xivo());
    expect(result.matched).toMatchObject({ ruleName: 'Every XiVO call', position: 3, matched: true });
    expect(result.trace.map((step) => [step.ruleName, step.reasons.map((r) => r.message)])).toEqual([
      ['Sales queue', ['Queue edition (3001) is not one of sales, 3002']],
      ['Shuttle on answer', ['Source xivo is not one of shuttle', 'Event thirdparty is not one of up']],
      ['Every XiVO call', []],
    ]);
    expect(result.answer).toEqual({
      platform: 'xivo',
      response: {
        action: 'open',
        event: 'EventReleased',
        url: `${WEB}/thirdparty/open/${SIMULATED_FORM_ID}`,
        autopause: true,
        autopauseReason: 'backoffice',
        title: 'Third Party Sample',
      },
    });
    expect(result.formSession).toMatchObject({ id: SIMULATED_FORM_ID, templateName: 'Call report' });
    expect(result.notes).toEqual([{ code: 'opensAt', event: 'EventReleased' }, { code: 'formPlaceholder' }]);
  });

  it('tries a draft at its position, and explains a disabled rule', () => {
    const draft = rule({
      id: 'draft',
      name: 'VIP',
      match: { queues: ['vip'] },
      action: 'popup',
      urlTemplate: 'https://crm.example.com/vip?phone={{caller}}&q={{queue.name}}',
      draft: true,
    });
    const request = { ...xivoSampleRequest, queue: { id: 9, name: 'vip', number: '3009' } };
    const result = simulate([draft, { ...sales, enabled: false }, everyXivo], xivo(request));
    expect(result.matched).toMatchObject({ ruleId: 'draft', position: 1, draft: true });
    expect(result.answer).toEqual({
      platform: 'xivo',
      response: { action: 'popup', url: 'https://crm.example.com/vip?phone=1013&q=vip' },
    });
    expect(result.formSession).toBeNull();

    const later = simulate([{ ...sales, enabled: false }, everyXivo, draft], xivo(request));
    expect(later.trace[0]).toMatchObject({
      reasons: [{ condition: 'enabled', message: 'Rule is disabled' }],
    });
    expect(later.matched?.ruleName).toBe('Every XiVO call');
  });

  it('answers none when nothing matches', () => {
    const result = simulate([sales], xivo());
    expect(result.matched).toBeNull();
    expect(result.answer).toEqual({ platform: 'xivo', response: { action: 'none' } });
    expect(result.notes).toEqual([{ code: 'noMatch' }]);
  });

  it('gives the Shuttle commands for an answered call', () => {
    const result = simulate([sales, shuttle, everyXivo], shuttleSample(shuttleSampleUp));
    expect(result.events).toEqual(['up', 'EventEstablished']);
    const url = `${WEB}/thirdparty/open/${SIMULATED_FORM_ID}`;
    expect(result.answer).toEqual({
      platform: 'shuttle',
      commands: [
        { name: 'AgentCTI', payload: { url, peer: 'SIP/johnandrea.doebianco', mode: 'new_frame' } },
        {
          name: 'AgentCTINotification',
          payload: {
            peer: 'SIP/johnandrea.doebianco',
            type: 'info',
            title: 'Call from 9981003',
            body: 'Queue CC-SIPPSupport',
          },
        },
        {
          name: 'RealtimeCTI',
          payload: {
            type: 'screenpop',
            channel: { ...shuttleSampleUp, time: '2026-12-07T10:00:00.000Z' },
            reference: SIMULATED_FORM_ID,
            url,
          },
        },
      ],
    });
  });

  it('says why a matching Shuttle rule sends nothing at this event', () => {
    const atHangup = rule({
      name: 'At hang-up',
      urlTemplate: 'https://crm.test/{{caller}}',
      event: 'hangup',
    });
    const early = simulate([atHangup], shuttleSample(shuttleSampleUp));
    expect(early.answer).toEqual({ platform: 'shuttle', commands: [] });
    expect(early.notes).toEqual([{ code: 'otherEvent', event: 'hangup' }]);

    const onTime = simulate([atHangup], shuttleSample(shuttleSampleHangup));
    expect(onTime.answer).toMatchObject({
      commands: [{ name: 'AgentCTI', payload: { url: 'https://crm.test/1003' } }, { name: 'RealtimeCTI' }],
    });

    const abandoned = simulate(
      [rule({ name: 'Any', urlTemplate: 'https://crm.test' })],
      shuttleSample(shuttleSampleAbandon),
    );
    expect(abandoned.notes).toEqual([{ code: 'noAgent' }]);
  });
});

describe('reorderSummary', () => {
  const names = new Map([
    ['a', 'A'],
    ['b', 'B'],
    ['c', 'C'],
  ]);
  it('names the one rule that moved, else lists the order', () => {
    expect(reorderSummary(['a', 'b', 'c'], ['c', 'a', 'b'], names)).toBe(
      'Rule "C" moved from position 3 to 1',
    );
    expect(reorderSummary(['a', 'b', 'c'], ['b', 'a', 'c'], names)).toBe(
      'Rule "B" moved from position 2 to 1',
    );
    expect(reorderSummary(['a', 'b', 'c'], ['a', 'b', 'c'], names)).toBe('Rules reordered (no change)');
  });
});

describe("the editor's event lists", () => {
  it('are the names the intakes give their events', () => {
    expect(RULE_MATCH_EVENTS.xivo).toEqual(THIRD_PARTY_EVENTS);
    const shuttleNames = [...new Set(SHUTTLE_EVENT_NAMES.flatMap((name) => SHUTTLE_EVENT_ALIASES[name]))];
    expect([...RULE_MATCH_EVENTS.shuttle].sort()).toEqual(shuttleNames.sort());
    expect([...RULE_ANSWER_EVENTS.shuttle].sort()).toEqual(shuttleNames.sort());
    for (const event of RULE_ANSWER_EVENTS.xivo) expect(toXivoEvent(event), event).toBeDefined();
  });
});
