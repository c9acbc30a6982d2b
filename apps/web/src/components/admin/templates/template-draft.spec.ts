import { describe, expect, it } from 'vitest';
import {
  codeFromLabel,
  controlId,
  draftFromTemplate,
  issuesToErrors,
  emptyDraft,
  keyFromLabel,
  move,
  newDisposition,
  newField,
  newOption,
  orderedPaths,
  previewFields,
  toInput,
  unique,
  validate,
  withDispositionLabel,
  withFieldLabel,
  withFieldName,
  withOptionLabel,
  type DraftProblem,
  type TemplateDraft,
} from './template-draft';

describe('keys from labels', () => {
  it('makes a key the form data accepts: camelCase, no accents, a letter first', () => {
    expect(keyFromLabel('Reason for the call')).toBe('reasonForTheCall');
    expect(keyFromLabel('Numéro de dossier')).toBe('numeroDeDossier');
    expect(keyFromLabel('2nd phone (mobile)')).toBe('ndPhoneMobile');
    expect(keyFromLabel('  ')).toBe('');
  });

  it('makes codes and option values in snake_case', () => {
    expect(codeFromLabel('Call back')).toBe('call_back');
    expect(codeFromLabel('Réglé !')).toBe('regle');
  });

  it('numbers a key another entry already has, ignoring case', () => {
    expect(unique('notes', ['Notes', 'notes2'])).toBe('notes3');
    expect(unique('call_back', ['call_back'], '_')).toBe('call_back_2');
    expect(unique('', ['x'])).toBe('');
  });
});

describe('editing a field', () => {
  function withOneField(): TemplateDraft {
    return { ...emptyDraft(), fields: [newField()] };
  }

  it('derives the key from the label until the key is edited, and again once it is emptied', () => {
    let draft = withOneField();
    const id = draft.fields[0]!.id;
    draft = { ...draft, fields: withFieldLabel(draft, id, 'Follow-up needed') };
    expect(draft.fields[0]).toMatchObject({ name: 'followUpNeeded', nameEdited: false });
    draft = { ...draft, fields: withFieldName(draft, id, 'followUp') };
    draft = { ...draft, fields: withFieldLabel(draft, id, 'Follow-up') };
    expect(draft.fields[0]).toMatchObject({ label: 'Follow-up', name: 'followUp', nameEdited: true });
    draft = { ...draft, fields: withFieldName(draft, id, '') };
    expect(draft.fields[0]).toMatchObject({ name: 'followUp', nameEdited: false });
  });

  it('does not derive a key another field has', () => {
    let draft: TemplateDraft = { ...emptyDraft(), fields: [newField(), newField()] };
    draft = { ...draft, fields: withFieldLabel(draft, draft.fields[0]!.id, 'Notes') };
    draft = { ...draft, fields: withFieldLabel(draft, draft.fields[1]!.id, 'Notes') };
    expect(draft.fields.map((field) => field.name)).toEqual(['notes', 'notes2']);
  });

  it('derives option values and disposition codes from their labels', () => {
    const option = newOption();
    expect(withOptionLabel([option], option.id, 'Very large')[0]).toMatchObject({ value: 'very_large' });
    const item = newDisposition();
    expect(withDispositionLabel([item], item.id, 'No answer')[0]).toMatchObject({ code: 'no_answer' });
  });
});

describe('move', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('swaps with the neighbour and stops at either end', () => {
    expect(move(items, 'b', -1).map((item) => item.id)).toEqual(['b', 'a', 'c']);
    expect(move(items, 'b', 1).map((item) => item.id)).toEqual(['a', 'c', 'b']);
    expect(move(items, 'a', -1).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(move(items, 'c', 1).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

/** Stands for the builder's translations. */
function describeProblem(problem: DraftProblem): string {
  if ('value' in problem) return `${problem.kind} ${problem.value}`;
  if ('max' in problem) return `${problem.kind} ${problem.max}`;
  return problem.kind;
}

describe('toInput and validate', () => {
  const stored = {
    name: 'Call report',
    fields: [
      {
        name: 'reason',
        label: 'Reason',
        type: 'select' as const,
        required: true,
        options: [{ value: 'info', label: 'Information' }],
      },
      {
        name: 'notes',
        label: 'Notes',
        type: 'textarea' as const,
        required: false,
        placeholder: 'Anything else',
      },
    ],
    dispositions: [{ code: 'done', label: 'Done' }],
  };

  it('gives back the stored template unchanged', () => {
    expect(toInput(draftFromTemplate(stored))).toEqual(stored);
    expect(validate(draftFromTemplate(stored), describeProblem)).toEqual({});
  });

  it('drops options of fields that are not lists and placeholders of checkboxes', () => {
    const draft = draftFromTemplate(stored);
    draft.fields[0] = { ...draft.fields[0]!, type: 'checkbox', placeholder: 'x' };
    expect(toInput(draft).fields[0]).toEqual({
      name: 'reason',
      label: 'Reason',
      type: 'checkbox',
      required: true,
    });
  });

  it('finds what the API would refuse, and points at the control of each problem', () => {
    const draft = draftFromTemplate(stored);
    draft.name = ' ';
    draft.fields[1] = { ...draft.fields[1]!, name: 'Reason' };
    draft.fields[0] = { ...draft.fields[0]!, options: [] };
    draft.dispositions = [];
    const errors = validate(draft, describeProblem);
    expect(orderedPaths(draft, errors)).toEqual([
      'name',
      'fields.0.options',
      'fields.1.name',
      'dispositions',
    ]);
    expect(errors).toEqual({
      name: 'required',
      'fields.0.options': 'noOptions',
      'fields.1.name': 'duplicateKey Reason',
      dispositions: 'noDisposition',
    });
    expect(controlId(draft, 'name')).toBe('template-name');
    expect(controlId(draft, 'fields.0.options')).toBe(`${draft.fields[0]!.id}-add-option`);
    expect(controlId(draft, 'fields.1.name')).toBe(`${draft.fields[1]!.id}-name`);
    expect(controlId(draft, 'dispositions')).toBe('template-add-disposition');
  });
});

describe('problems', () => {
  it('names formats, lengths and repeated values for translation', () => {
    const draft = draftFromTemplate({
      name: 'x'.repeat(101),
      fields: [
        {
          name: 'a b',
          label: 'Size',
          type: 'select',
          required: false,
          options: [
            { value: 's', label: 'Small' },
            { value: 's', label: 'Smaller' },
          ],
        },
      ],
      dispositions: [{ code: 'call back', label: 'Call back' }],
    });
    expect(validate(draft, describeProblem)).toEqual({
      name: 'tooLong 100',
      'fields.0.name': 'keyFormat',
      'fields.0.options.1.value': 'duplicateValue s',
      'dispositions.0.code': 'codeFormat',
    });
  });

  it("puts the API's name verdict in the builder's words", () => {
    expect(
      issuesToErrors(
        [
          { path: 'name', message: 'Another form template is already called "X"' },
          { path: 'fields.0.label', message: 'The label is required' },
        ],
        'Name taken',
      ),
    ).toEqual({ name: 'Name taken', 'fields.0.label': 'The label is required' });
  });
});

describe('previewFields', () => {
  it('renders every field under a key unique on the page, even half-typed', () => {
    const draft = draftFromTemplate({
      name: 'x',
      fields: [
        { name: 'notes', label: 'Notes', type: 'text', required: false },
        { name: 'notes', label: '', type: 'text', required: false },
        {
          name: '',
          label: 'Size',
          type: 'select',
          required: true,
          options: [
            { value: 's', label: '' },
            { value: 's', label: 'Small' },
          ],
        },
      ],
      dispositions: [],
    });
    expect(previewFields(draft, 'Untitled')).toEqual([
      { name: 'notes', label: 'Notes', type: 'text', required: false },
      { name: 'notes_2', label: 'Untitled', type: 'text', required: false },
      {
        name: 'field3',
        label: 'Size',
        type: 'select',
        required: true,
        options: [{ value: 's', label: 's' }],
      },
    ]);
  });
});
