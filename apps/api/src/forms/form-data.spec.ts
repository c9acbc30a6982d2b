import { describe, expect, it } from 'vitest';
import { completionIssues, draftIssues, type FormShape, keepTemplateFields } from './form-data.js';

const callReport: FormShape = {
  fields: [
    {
      name: 'reason',
      label: 'Reason',
      type: 'select',
      required: true,
      options: [
        { value: 'order', label: 'Order' },
        { value: 'support', label: 'Support' },
      ],
    },
    { name: 'notes', label: 'Notes', type: 'textarea', required: false },
    { name: 'followUp', label: 'Follow up', type: 'checkbox', required: false },
    { name: 'amount', label: 'Amount', type: 'number', required: false },
    { name: 'callbackOn', label: 'Call back on', type: 'date', required: false },
  ],
  dispositions: [
    { code: 'resolved', label: 'Resolved' },
    { code: 'callback', label: 'Call back' },
  ],
};

const paths = (issues: { path: string }[]) => issues.map((issue) => issue.path);

describe('draftIssues', () => {
  it('accepts a partial draft without the required fields', () => {
    expect(draftIssues(callReport, { notes: 'Asked for a quote' }, undefined)).toEqual([]);
  });

  it('names the unknown fields', () => {
    const issues = draftIssues(callReport, { notes: 'x', colour: 'red', size: 3 }, undefined);
    expect(paths(issues)).toEqual(['data.colour', 'data.size']);
    expect(issues[0]!.message).toBe('Unknown field "colour"');
  });

  it('checks the types of what it is given', () => {
    const issues = draftIssues(
      callReport,
      { amount: '12', followUp: 'yes', reason: 'refund', notes: 4, callbackOn: '18/11/2026' },
      undefined,
    );
    expect(Object.fromEntries(issues.map((issue) => [issue.path, issue.message]))).toEqual({
      'data.amount': 'Amount: expected a number',
      'data.followUp': 'Follow up: expected true or false',
      'data.reason': 'Reason: "refund" is not one of order, support',
      'data.notes': 'Notes: expected text',
      'data.callbackOn': 'Call back on: expected an ISO date (YYYY-MM-DD)',
    });
  });

  it('lets a field be cleared with null or an empty string', () => {
    expect(draftIssues(callReport, { amount: null, reason: '' }, null)).toEqual([]);
  });

  it('refuses a disposition the template does not have, accepts none yet', () => {
    expect(paths(draftIssues(callReport, {}, 'lost'))).toEqual(['disposition']);
    expect(draftIssues(callReport, {}, null)).toEqual([]);
  });
});

describe('completionIssues', () => {
  const complete = { reason: 'order', notes: '', followUp: true, amount: 12.5, callbackOn: '2026-11-20' };

  it('accepts a complete form', () => {
    expect(completionIssues(callReport, complete, 'resolved')).toEqual([]);
    expect(
      completionIssues(callReport, { ...complete, callbackOn: '2026-11-20T09:30:00Z' }, 'resolved'),
    ).toEqual([]);
  });

  it('names each missing required field', () => {
    const issues = completionIssues(callReport, { notes: 'x' }, 'resolved');
    expect(issues).toEqual([{ path: 'data.reason', message: 'Reason is required' }]);
    expect(paths(completionIssues(callReport, { reason: '  ' }, 'resolved'))).toEqual(['data.reason']);
  });

  it('requires a disposition when the template has some, and one of them', () => {
    expect(completionIssues(callReport, complete, undefined)).toEqual([
      { path: 'disposition', message: 'A disposition is required: one of resolved, callback' },
    ]);
    expect(completionIssues(callReport, complete, 'escalated')[0]!.message).toBe(
      'Unknown disposition "escalated": expected one of resolved, callback',
    );
  });

  it('needs no disposition when the template has none, and refuses one', () => {
    const noDispositions = { ...callReport, dispositions: [] };
    expect(completionIssues(noDispositions, complete, undefined)).toEqual([]);
    expect(paths(completionIssues(noDispositions, complete, 'resolved'))).toEqual(['disposition']);
  });

  it('wants a required checkbox ticked', () => {
    const consent: FormShape = {
      fields: [{ name: 'consent', label: 'Consent', type: 'checkbox', required: true }],
      dispositions: [],
    };
    expect(paths(completionIssues(consent, { consent: false }, undefined))).toEqual(['data.consent']);
    expect(completionIssues(consent, { consent: true }, undefined)).toEqual([]);
  });

  it('accepts a select without declared options as free text', () => {
    const free: FormShape = {
      fields: [{ name: 'topic', label: 'Topic', type: 'select', required: true }],
      dispositions: [],
    };
    expect(completionIssues(free, { topic: 'anything' }, undefined)).toEqual([]);
  });
});

describe('keepTemplateFields', () => {
  it("keeps the saved values of the template's fields only", () => {
    expect(keepTemplateFields(callReport, { reason: 'order', removed: 'x', notes: null })).toEqual({
      reason: 'order',
      notes: null,
    });
  });
});
