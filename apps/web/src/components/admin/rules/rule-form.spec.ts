import { type TRuleAdmin, ZRuleInput } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyRuleForm,
  errorAt,
  fieldIdFor,
  issuesByPath,
  moveId,
  parseSample,
  ruleFormFromRule,
  ruleInputFromForm,
  samplePayload,
} from './rule-form';

const TEMPLATE_ID = '6bd37819-b4a6-43d3-8fa3-6eb6489bb705';

const saved: TRuleAdmin = {
  id: 'r1',
  name: 'Sales queue',
  position: 1,
  priority: 10,
  enabled: true,
  match: {
    queues: ['sales', '3002'],
    caller: { op: 'prefix', value: '+33' },
    userData: [{ key: 'VIP', op: 'exact', value: 'yes' }],
    timeWindow: { from: '22:00', to: '06:00', days: [1, 2], timeZone: 'Europe/Paris' },
  },
  action: 'popup',
  event: 'EventEstablished',
  formTemplateId: TEMPLATE_ID,
  formTemplateName: 'Call report',
  urlTemplate: null,
  autopause: false,
  autopauseReason: null,
  multitab: true,
  titleTemplate: 'Sales: {{caller}}',
  executableArgs: null,
  shuttleMode: 'new_frame',
  notification: { type: 'info', title: 'Call from {{caller}}', body: '' },
  createdAt: '2026-12-06T00:00:00.000Z',
  updatedAt: '2026-12-06T00:00:00.000Z',
};

describe('rule form', () => {
  it('gives back the saved rule unchanged after a round trip through the editor', () => {
    const input = ruleInputFromForm(ruleFormFromRule(saved));
    const {
      id: _id,
      position: _p,
      priority: _pr,
      formTemplateName: _n,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = saved;
    expect(input).toEqual(rest);
    expect(ZRuleInput.safeParse(input).success).toBe(true);
  });

  it('sends only the conditions that are set, and the target of the chosen kind', () => {
    const form = {
      ...emptyRuleForm(),
      name: 'VIP',
      queues: ' vip, ,3009 ',
      action: 'popup' as const,
      targetKind: 'url' as const,
      formTemplateId: TEMPLATE_ID,
      urlTemplate: ' https://crm.test/?q={{caller}} ',
      executableArgs: '\n',
    };
    expect(ruleInputFromForm(form)).toMatchObject({
      match: { queues: ['vip', '3009'] },
      formTemplateId: null,
      urlTemplate: 'https://crm.test/?q={{caller}}',
      autopause: null,
      executableArgs: null,
      notification: null,
    });
    expect(ruleInputFromForm({ ...form, action: 'none' })).toMatchObject({
      formTemplateId: null,
      urlTemplate: null,
    });
  });

  it('puts the API issues next to their fields, a draft prefix removed', () => {
    const errors = issuesByPath(
      [
        { path: 'draft.rule.match.events.1', message: 'No call from XiVO has the event up' },
        { path: 'draft.rule.urlTemplate', message: 'Start the URL with https://' },
        { path: 'sample.payload.caller', message: 'Expected string' },
      ],
      'draft.rule.',
    );
    expect(errors).toEqual({
      'match.events.1': 'No call from XiVO has the event up',
      urlTemplate: 'Start the URL with https://',
    });
    expect(errorAt(errors, 'match.events')).toBe('No call from XiVO has the event up');
    expect(errorAt(errors, 'match.queues')).toBeNull();
    expect(
      issuesByPath([
        { path: 'urlTemplate', message: 'Start the URL with https://.' },
        { path: 'urlTemplate', message: 'Unknown variable {{x}}.' },
      ]),
    ).toEqual({ urlTemplate: 'Start the URL with https://. Unknown variable {{x}}.' });
  });

  it('links each issue to its control', () => {
    expect(fieldIdFor('match.caller.value')).toBe('rule-caller-value');
    expect(fieldIdFor('match.events.2')).toBe('rule-events');
    expect(fieldIdFor('match.userData.1.key')).toBe('rule-userdata-1-key');
    expect(fieldIdFor('match.userData.0.value')).toBe('rule-userdata-0-value');
    expect(fieldIdFor('notification.title')).toBe('rule-notification-title');
    expect(fieldIdFor('tenantId')).toBeNull();
  });

  it('moves a rule up or down, and ignores moves off the list', () => {
    expect(moveId(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('reads pasted samples, telling XiVO from Shuttle', () => {
    expect(parseSample(JSON.stringify(samplePayload('xivo').payload), 'auto')).toMatchObject({
      ok: true,
      sample: { platform: 'xivo' },
    });
    expect(parseSample(JSON.stringify(samplePayload('shuttleUp').payload), 'auto')).toMatchObject({
      ok: true,
      sample: { platform: 'shuttle' },
    });
    expect(parseSample('{', 'auto')).toEqual({ ok: false, reason: 'json' });
    expect(parseSample('[1]', 'xivo')).toEqual({ ok: false, reason: 'object' });
    expect(samplePayload('xivo').payload).not.toHaveProperty('user.token');
  });
});
