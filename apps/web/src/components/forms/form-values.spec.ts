import { describe, expect, it } from 'vitest';
import type { TFormField } from '@screenpop/contracts';
import { clockTime, firstInvalid, initialValues, issueCount, mapIssues, toFormData } from './form-values';

const fields: TFormField[] = [
  {
    name: 'reason',
    label: 'Reason',
    type: 'select',
    required: true,
    options: [{ value: 'billing', label: 'Billing' }],
  },
  { name: 'amount', label: 'Amount', type: 'number', required: false },
  { name: 'callback', label: 'Call back', type: 'checkbox', required: false },
  { name: 'notes', label: 'Notes', type: 'textarea', required: true },
];
const names = fields.map((field) => field.name);

describe('mapIssues', () => {
  it('puts data.<name> issues next to their field and disposition issues on the group', () => {
    const mapped = mapIssues(
      [
        { path: 'data.notes', message: 'Notes is required' },
        { path: 'disposition', message: 'Choose a disposition' },
        { path: 'data.reason', message: 'Reason is required' },
      ],
      names,
    );
    expect(mapped.fields).toEqual({ notes: ['Notes is required'], reason: ['Reason is required'] });
    expect(mapped.disposition).toEqual(['Choose a disposition']);
    expect(mapped.general).toEqual([]);
    expect(issueCount(mapped)).toBe(3);
  });

  it('keeps issues about unknown fields or the whole body for the summary', () => {
    const mapped = mapIssues(
      [
        { path: 'data.ghost', message: 'Unknown field' },
        { path: '(root)', message: 'Invalid body' },
        { path: 'data', message: 'Expected an object' },
      ],
      names,
    );
    expect(mapped.fields).toEqual({});
    expect(mapped.general).toEqual(['Unknown field', 'Invalid body', 'Expected an object']);
  });

  it('maps a nested path to the field it starts with', () => {
    expect(mapIssues([{ path: 'data.amount.value', message: 'Too big' }], names).fields).toEqual({
      amount: ['Too big'],
    });
  });
});

describe('firstInvalid', () => {
  it('follows the order of the form, not of the issues', () => {
    const mapped = mapIssues(
      [
        { path: 'disposition', message: 'Choose one' },
        { path: 'data.notes', message: 'Required' },
        { path: 'data.reason', message: 'Required' },
      ],
      names,
    );
    expect(firstInvalid(mapped, names)).toEqual({ kind: 'field', name: 'reason' });
  });

  it('falls back to the disposition group, then to nothing', () => {
    expect(firstInvalid(mapIssues([{ path: 'disposition', message: 'x' }], names), names)).toEqual({
      kind: 'disposition',
    });
    expect(firstInvalid(mapIssues([{ path: '(root)', message: 'x' }], names), names)).toBeNull();
  });
});

describe('form values', () => {
  it('round-trips saved data into inputs and back', () => {
    const values = initialValues(fields, { reason: 'billing', amount: 12.5, callback: true });
    expect(values).toEqual({ reason: 'billing', amount: '12.5', callback: true, notes: '' });
    expect(toFormData(fields, values)).toEqual({
      reason: 'billing',
      amount: 12.5,
      callback: true,
      notes: null,
    });
  });

  it('sends an emptied field as null and an unchecked box as false', () => {
    expect(toFormData(fields, { reason: '  ', amount: '', callback: false, notes: '\n' })).toEqual({
      reason: null,
      amount: null,
      callback: false,
      notes: null,
    });
  });
});

describe('clockTime', () => {
  it('pads hours and minutes', () => {
    expect(clockTime(new Date(2026, 10, 22, 7, 5))).toBe('07:05');
  });
});
