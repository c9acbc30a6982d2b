import { describe, expect, it } from 'vitest';
import { type AnswerRule, ruleTarget, thirdPartyAnswer, toXivoEvent } from './third-party-answer.js';

const rule: AnswerRule = {
  action: 'open',
  event: 'EventReleased',
  formTemplateId: '6bd37819-b4a6-43d3-8fa3-6eb6489bb705',
  urlTemplate: null,
  autopause: true,
  autopauseReason: 'backoffice',
  multitab: null,
  titleTemplate: 'Third Party Sample',
  executableArgs: null,
};

describe('thirdPartyAnswer', () => {
  it("answers like the seed's sample, omitting what the rule does not set", () => {
    expect(thirdPartyAnswer(rule, 'https://crm.example/thirdparty/open/abc', 'Third Party Sample')).toEqual({
      action: 'open',
      event: 'EventReleased',
      url: 'https://crm.example/thirdparty/open/abc',
      autopause: true,
      autopauseReason: 'backoffice',
      title: 'Third Party Sample',
    });
  });

  it('passes multitab false, executable arguments, and no empty title', () => {
    const popup = {
      ...rule,
      action: 'run' as const,
      multitab: false,
      autopause: null,
      autopauseReason: null,
      executableArgs: ['--call', '1'],
    };
    expect(thirdPartyAnswer(popup, 'crm.exe', '')).toEqual({
      action: 'run',
      event: 'EventReleased',
      url: 'crm.exe',
      multitab: false,
      executableArgs: ['--call', '1'],
    });
  });

  it('answers only the action for a rule whose action is none', () => {
    expect(thirdPartyAnswer({ ...rule, action: 'none' }, 'x', 'y')).toEqual({ action: 'none' });
  });
});

describe('ruleTarget', () => {
  it('prefers the form template, then the external URL', () => {
    expect(ruleTarget(rule)).toEqual({ kind: 'form', templateId: rule.formTemplateId });
    expect(
      ruleTarget({ ...rule, formTemplateId: null, urlTemplate: ' https://crm.example/{{caller}} ' }),
    ).toEqual({
      kind: 'url',
      urlTemplate: 'https://crm.example/{{caller}}',
    });
  });

  it('opens nothing without a rule, for action none, or without any target', () => {
    expect(ruleTarget(null)).toEqual({ kind: 'none' });
    expect(ruleTarget({ ...rule, action: 'none' })).toEqual({ kind: 'none' });
    expect(ruleTarget({ ...rule, formTemplateId: null, urlTemplate: '  ' })).toEqual({ kind: 'none' });
  });
});

describe('toXivoEvent', () => {
  it("keeps XucMgt's events and translates Shuttle's", () => {
    expect(toXivoEvent('EventEstablished')).toBe('EventEstablished');
    expect(toXivoEvent('ringing')).toBe('EventRinging');
    expect(toXivoEvent('up')).toBe('EventEstablished');
    expect(toXivoEvent('hangup')).toBe('EventReleased');
    expect(toXivoEvent('abandon')).toBeUndefined();
    expect(toXivoEvent(null)).toBeUndefined();
  });
});
