import { describe, expect, it } from 'vitest';
import { toApiIssues } from '../common/api-error.js';
import {
  ZRuleInput,
  ZRuleReorderRequest,
  ZRuleSimulateRequest,
  unknownTemplateVariables,
} from './rules-admin.js';
import { xivoSampleRequest } from '../xivo/fixtures.js';

const TEMPLATE_ID = '6bd37819-b4a6-43d3-8fa3-6eb6489bb705';

function issues(input: unknown) {
  const parsed = ZRuleInput.safeParse(input);
  return parsed.success ? [] : toApiIssues(parsed.error);
}

describe('ZRuleInput', () => {
  it('accepts a popup on a form template and fills the unset fields with null', () => {
    const parsed = ZRuleInput.parse({
      name: 'VIP',
      match: { queues: ['vip'] },
      action: 'popup',
      event: 'EventEstablished',
      formTemplateId: TEMPLATE_ID,
      urlTemplate: '',
    });
    expect(parsed).toMatchObject({
      enabled: true,
      urlTemplate: null,
      autopause: null,
      executableArgs: null,
      notification: null,
    });
  });

  it('asks for exactly one target when the action opens something', () => {
    expect(issues({ name: 'A', action: 'open' })).toEqual([
      { path: 'formTemplateId', message: expect.stringContaining('needs a target') },
      { path: 'urlTemplate', message: expect.stringContaining('needs a target') },
    ]);
    expect(
      issues({ name: 'A', action: 'run', formTemplateId: TEMPLATE_ID, urlTemplate: 'https://x.test' }).map(
        (issue) => issue.path,
      ),
    ).toEqual(['formTemplateId', 'urlTemplate']);
    expect(issues({ name: 'A', action: 'none', urlTemplate: 'https://x.test' })).toEqual([
      { path: 'urlTemplate', message: expect.stringContaining('opens nothing') },
    ]);
  });

  it('explains bad URLs, unknown variables and invalid patterns', () => {
    expect(issues({ name: 'A', action: 'open', urlTemplate: 'crm.test/?q={{caller}}' })).toEqual([
      { path: 'urlTemplate', message: 'Start the URL with https:// (or http://)' },
    ]);
    expect(issues({ name: 'A', action: 'open', urlTemplate: 'https://crm.test/?q={{phone}}' })[0]).toEqual({
      path: 'urlTemplate',
      message: expect.stringMatching(/^Unknown variable \{\{phone\}\}: use caller, callee/),
    });
    expect(
      issues({ name: 'A', action: 'none', match: { caller: { op: 'pattern', value: '^(33' } } }),
    ).toEqual([{ path: 'match.caller.value', message: 'Not a valid regular expression' }]);
    expect(unknownTemplateVariables('{{userData.VIP}} {{ caller }} {{userData.}} {{x}}')).toEqual([
      'userData.',
      'x',
    ]);
  });

  it('checks the events against the platforms the rule is for', () => {
    expect(
      issues({ name: 'A', action: 'none', match: { sources: ['xivo'], events: ['thirdparty', 'up'] } }),
    ).toEqual([
      { path: 'match.events.1', message: expect.stringContaining('No call from XiVO has the event up') },
    ]);
    expect(issues({ name: 'A', action: 'none', match: { events: ['up'] } })).toEqual([]);
    expect(
      issues({
        name: 'A',
        action: 'open',
        formTemplateId: TEMPLATE_ID,
        event: 'abandon',
        match: { sources: ['shuttle'] },
      }),
    ).toEqual([]);
    expect(issues({ name: 'A', action: 'open', formTemplateId: TEMPLATE_ID, event: 'abandon' })).toEqual([
      { path: 'event', message: expect.stringMatching(/^XiVO cannot open a page at abandon/) },
    ]);
  });

  it('explains answer fields that do not go together', () => {
    expect(
      issues({
        name: ' ',
        action: 'open',
        formTemplateId: TEMPLATE_ID,
        autopauseReason: 'backoffice',
        executableArgs: ['-x'],
      }),
    ).toEqual([
      { path: 'name', message: 'Give the rule a name' },
      { path: 'autopauseReason', message: 'A pause reason needs autopause on' },
      { path: 'executableArgs', message: 'Arguments are only used by the action run' },
    ]);
    expect(
      issues({
        name: 'A',
        action: 'none',
        match: { timeWindow: { from: '08:00', to: '18:00', timeZone: 'Mars/Base' } },
      }),
    ).toEqual([{ path: 'match.timeWindow.timeZone', message: expect.stringContaining('Unknown time zone') }]);
  });
});

describe('ZRuleReorderRequest and ZRuleSimulateRequest', () => {
  it('refuses a rule listed twice', () => {
    expect(ZRuleReorderRequest.safeParse({ ids: ['a', 'a'] }).success).toBe(false);
  });

  it('takes the XiVO sample as it is', () => {
    const parsed = ZRuleSimulateRequest.parse({ sample: { platform: 'xivo', payload: xivoSampleRequest } });
    expect(parsed.sample.platform).toBe('xivo');
  });
});
