import { describe, expect, it } from 'vitest';
import { ZFormTemplateInput } from './form-templates-admin.js';

const valid = {
  name: 'Call report',
  fields: [
    {
      name: 'reason',
      label: 'Reason',
      type: 'select',
      required: true,
      options: [{ value: 'info', label: 'Information' }],
    },
  ],
  dispositions: [{ code: 'done', label: 'Done' }],
};

function issues(input: unknown) {
  const result = ZFormTemplateInput.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        reason: (issue as { params?: { reason?: string } }).params?.reason,
      }));
}

describe('ZFormTemplateInput', () => {
  it('accepts a template and keeps options for lists only, placeholders only when written', () => {
    const parsed = ZFormTemplateInput.parse({
      ...valid,
      name: '  Call report ',
      fields: [
        ...valid.fields,
        {
          name: 'notes',
          label: 'Notes',
          type: 'textarea',
          placeholder: ' ',
          options: [{ value: 'x', label: 'X' }],
        },
      ],
    });
    expect(parsed.name).toBe('Call report');
    expect(parsed.fields[1]).toEqual({ name: 'notes', label: 'Notes', type: 'textarea', required: false });
  });

  it('reports every problem at once, even when the entries have other problems', () => {
    expect(
      issues({
        name: '',
        fields: [
          { name: 'reason', label: '', type: 'select', options: [] },
          { name: 'REASON', label: 'Again', type: 'text' },
        ],
        dispositions: [
          { code: 'done', label: '' },
          { code: 'Done', label: 'Done' },
        ],
      }),
    ).toEqual([
      { path: 'name', message: 'The name is required', reason: undefined },
      { path: 'fields.0.label', message: 'The label is required', reason: undefined },
      {
        path: 'fields.0.options',
        message: 'A list needs at least one option to choose from',
        reason: 'noOptions',
      },
      { path: 'dispositions.0.label', message: 'The label is required', reason: undefined },
      {
        path: 'fields.1.name',
        message: 'Another field already uses the key "REASON"',
        reason: 'duplicateKey',
      },
      {
        path: 'dispositions.1.code',
        message: 'Another disposition already uses the code "Done"',
        reason: 'duplicateCode',
      },
    ]);
  });

  it('needs a disposition and unique option values; names bad keys and codes', () => {
    expect(
      issues({
        ...valid,
        fields: [
          {
            ...valid.fields[0],
            name: 'the reason',
            options: [
              { value: 'a', label: 'A' },
              { value: 'a', label: 'B' },
            ],
          },
        ],
        dispositions: [],
      }).map((issue) => [issue.path, issue.reason ?? issue.message]),
    ).toEqual([
      ['fields.0.name', 'The key takes letters, digits and _ only, and starts with a letter'],
      ['fields.0.options.1.value', 'duplicateValue'],
      ['dispositions', 'Add at least one disposition: agents choose one to complete the form'],
    ]);
    expect(issues({ ...valid, dispositions: [{ code: 'call back', label: 'x' }] })[0]?.path).toBe(
      'dispositions.0.code',
    );
  });

  it('does not fail on input that is not a template at all', () => {
    for (const input of [null, 'x', { fields: [null, 3], dispositions: {} }]) {
      expect(issues(input).length).toBeGreaterThan(0);
    }
  });
});
