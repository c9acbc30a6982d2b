import { shuttleSampleUp } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { planShuttleAnswer, type ShuttleRule, shuttleCommands } from './shuttle-commands.js';

const TEMPLATE_ID = '4b4e8f0e-36a6-4c38-9d54-2a5b0b8e6b51';

function rule(overrides: Partial<ShuttleRule> = {}): ShuttleRule {
  return {
    action: 'open',
    event: null,
    formTemplateId: TEMPLATE_ID,
    urlTemplate: null,
    autopause: null,
    autopauseReason: null,
    multitab: null,
    titleTemplate: null,
    executableArgs: null,
    shuttleMode: null,
    notification: null,
    ...overrides,
  };
}

const UP = { name: 'up', peer: 'SIP/agent' } as const;

describe('planShuttleAnswer', () => {
  it('opens the form, in a new tab unless the rule says otherwise (a popup: a new window)', () => {
    expect(planShuttleAnswer(rule(), UP)).toEqual({
      target: { kind: 'form', templateId: TEMPLATE_ID },
      mode: 'new_tab',
      notification: null,
    });
    expect(planShuttleAnswer(rule({ action: 'popup' }), UP)?.mode).toBe('new_window');
    expect(planShuttleAnswer(rule({ action: 'popup', shuttleMode: 'new_frame' }), UP)?.mode).toBe(
      'new_frame',
    );
  });

  it("acts at the rule's trigger event, named the Shuttle or the XiVO way", () => {
    expect(planShuttleAnswer(rule({ event: 'up' }), UP)).not.toBeNull();
    expect(planShuttleAnswer(rule({ event: 'EventEstablished' }), UP)).not.toBeNull();
    expect(planShuttleAnswer(rule({ event: 'EventReleased' }), UP)).toBeNull();
    expect(
      planShuttleAnswer(rule({ event: 'EventReleased' }), { name: 'hangup', peer: 'SIP/a' }),
    ).not.toBeNull();
  });

  it('does nothing without a rule, without an agent, or for a rule that neither opens nor notifies', () => {
    expect(planShuttleAnswer(null, UP)).toBeNull();
    expect(planShuttleAnswer(rule(), { name: 'abandon', peer: null })).toBeNull();
    expect(planShuttleAnswer(rule({ action: 'none' }), UP)).toBeNull();
    expect(planShuttleAnswer(rule({ action: 'run' }), UP)).toBeNull();
  });

  it('notifies even when the rule opens nothing', () => {
    const notification = { type: 'info', title: 't', body: 'b' };
    expect(planShuttleAnswer(rule({ action: 'none', notification }), UP)).toEqual({
      target: { kind: 'none' },
      mode: 'new_tab',
      notification,
    });
  });
});

describe('shuttleCommands', () => {
  const context = {
    event: shuttleSampleUp,
    peer: 'SIP/johnandrea.doebianco',
    url: 'https://crm.example.test/thirdparty/open/abc',
    vars: new Map([
      ['caller', '9981003'],
      ['queue.name', 'CC-SIPPSupport'],
    ]),
    reference: 'abc',
    occurredAt: new Date('2026-01-02T03:04:05.678Z'),
  };

  it('gives AgentCTI, AgentCTINotification then RealtimeCTI, the templates rendered', () => {
    const plan = planShuttleAnswer(
      rule({
        notification: { type: 'info', title: 'Call from {{caller}}', body: 'Queue {{queue.name}} {{nope}}' },
      }),
      UP,
    );
    expect(shuttleCommands(plan, context)).toEqual([
      { name: 'AgentCTI', payload: { url: context.url, peer: context.peer, mode: 'new_tab' } },
      {
        name: 'AgentCTINotification',
        payload: {
          peer: context.peer,
          type: 'info',
          title: 'Call from 9981003',
          body: 'Queue CC-SIPPSupport ',
        },
      },
      {
        name: 'RealtimeCTI',
        payload: {
          type: 'screenpop',
          channel: { ...shuttleSampleUp, time: '2026-01-02T03:04:05.678Z' },
          reference: 'abc',
          url: context.url,
        },
      },
    ]);
  });

  it('gives only the notification when nothing opens', () => {
    const plan = planShuttleAnswer(
      rule({ action: 'none', notification: { type: 'info', title: 'a', body: 'b' } }),
      UP,
    );
    expect(shuttleCommands(plan, { ...context, url: null }).map((command) => command.name)).toEqual([
      'AgentCTINotification',
    ]);
    expect(shuttleCommands(null, context)).toEqual([]);
  });
});
