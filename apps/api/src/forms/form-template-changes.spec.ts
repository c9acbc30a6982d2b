import type { TFormField } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { changeSummary, templateChanges, type TemplateShape } from './form-template-changes.js';

const reason: TFormField = {
  name: 'reason',
  label: 'Reason',
  type: 'select',
  required: true,
  options: [{ value: 'info', label: 'Information' }],
};
const notes: TFormField = { name: 'notes', label: 'Notes', type: 'textarea', required: false };

const base: TemplateShape = {
  name: 'Call report',
  fields: [reason, notes],
  dispositions: [
    { code: 'done', label: 'Done' },
    { code: 'callback', label: 'Call back' },
  ],
};

describe('templateChanges', () => {
  it('finds nothing when only the stored key order differs', () => {
    const stored = {
      ...base,
      fields: [
        {
          type: 'select',
          name: 'reason',
          label: 'Reason',
          required: true,
          options: [{ label: 'Information', value: 'info' }],
        },
        notes,
      ] as TFormField[],
    };
    expect(templateChanges(stored, base)).toEqual({});
    expect(changeSummary('Call report', {})).toBe('Form template "Call report" updated (no change)');
  });

  it('names added, removed, changed and reordered fields and dispositions', () => {
    const after: TemplateShape = {
      name: 'Sales report',
      fields: [
        notes,
        { ...reason, required: false },
        { name: 'amount', label: 'Amount', type: 'number', required: false },
      ],
      dispositions: [
        { code: 'done', label: 'Finished' },
        { code: 'sold', label: 'Sold' },
      ],
    };
    const changes = templateChanges(base, after);
    expect(changes).toEqual({
      name: { from: 'Call report', to: 'Sales report' },
      fieldsAdded: ['amount'],
      fieldsChanged: ['reason'],
      fieldsReordered: true,
      dispositionsAdded: ['sold'],
      dispositionsRemoved: ['callback'],
      dispositionsChanged: ['done'],
    });
    expect(changeSummary(after.name, changes)).toBe(
      'Form template "Sales report" updated: renamed from "Call report", 1 field added, 1 field changed, ' +
        'fields reordered, 1 disposition added, 1 disposition removed, 1 disposition changed',
    );
  });
});
