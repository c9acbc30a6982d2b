import { describe, expect, it } from 'vitest';
import type { TFormField } from '@screenpop/contracts';
import {
  firstInvalid,
  initialValues,
  issueCount,
  localiseIssues,
  mapIssues,
  toFormData,
} from './form-values';

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

describe('localiseIssues', () => {
  const wording = {
    fieldRequired: (label: string) => `${label} est obligatoire`,
    dispositionRequired: () => 'Choisissez une qualification',
  };

  it('rewords a required field or disposition that was sent empty', () => {
    const sent = { data: { reason: null, amount: null, callback: false, notes: '  ' } };
    expect(
      localiseIssues(
        [
          { path: 'data.reason', message: 'Reason is required' },
          { path: 'data.notes', message: 'Notes is required' },
          { path: 'disposition', message: 'A disposition is required: one of callback, done' },
        ],
        fields,
        sent,
        wording,
      ),
    ).toEqual([
      { path: 'data.reason', message: 'Reason est obligatoire' },
      { path: 'data.notes', message: 'Notes est obligatoire' },
      { path: 'disposition', message: 'Choisissez une qualification' },
    ]);
  });

  it("keeps the API's words for what it alone can explain", () => {
    const issues = [
      { path: 'data.reason', message: '"x" is not one of billing' },
      { path: 'data.amount', message: 'Amount: expected a number' },
      { path: 'disposition', message: 'Unknown disposition "x"' },
      { path: 'data.ghost', message: 'Unknown field "ghost"' },
      { path: '(root)', message: 'Invalid body' },
    ];
    const sent = { data: { reason: 'x', amount: 'abc', ghost: null }, disposition: 'x' };
    expect(localiseIssues(issues, fields, sent, wording)).toEqual(issues);
  });
});
