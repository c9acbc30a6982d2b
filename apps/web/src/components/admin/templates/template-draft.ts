import {
  FORM_TEMPLATE_LIMITS,
  type TApiIssue,
  type TDisposition,
  type TFormField,
  type TFormFieldType,
  type TFormTemplateInput,
  ZFormTemplateInput,
} from '@screenpop/contracts';

/** A field as the builder edits it; `id` is the builder's own, stable across moves. */
export interface FieldDraft {
  id: string;
  label: string;
  name: string;
  /** Until the administrator types a key, it follows the label. */
  nameEdited: boolean;
  /** The key it was saved with: forms already filled in keep their answers under it. */
  savedName?: string;
  type: TFormFieldType;
  required: boolean;
  placeholder: string;
  options: OptionDraft[];
}

export interface OptionDraft {
  id: string;
  label: string;
  value: string;
  valueEdited: boolean;
}

export interface DispositionDraft {
  id: string;
  label: string;
  code: string;
  codeEdited: boolean;
}

export interface TemplateDraft {
  name: string;
  fields: FieldDraft[];
  dispositions: DispositionDraft[];
}

let lastId = 0;
/** Ids for list items, unique within the page. */
export function draftId(prefix: string): string {
  lastId += 1;
  return `${prefix}${lastId}`;
}

function words(label: string): string[] {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
}

/** "Reason for the call" → `reasonForTheCall`: a key the form's data accepts (a letter first). */
export function keyFromLabel(label: string): string {
  const [first = '', ...rest] = words(label);
  const key = [
    first.toLowerCase(),
    ...rest.map((word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()),
  ]
    .join('')
    .replace(/^[0-9]+/, '');
  return key.slice(0, FORM_TEMPLATE_LIMITS.fieldName);
}

/** "Call back" → `call_back`: a disposition code or an option value. */
export function codeFromLabel(label: string, max: number = FORM_TEMPLATE_LIMITS.dispositionCode): string {
  return words(label).join('_').toLowerCase().slice(0, max);
}

/** `base`, or `base2`, `base3`… when another entry already has it (ignoring case, as the API does). */
export function unique(base: string, taken: readonly string[], separator = ''): string {
  if (!base) return base;
  const used = new Set(taken.map((value) => value.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${separator}${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export function emptyDraft(): TemplateDraft {
  return { name: '', fields: [], dispositions: [] };
}

export function newField(): FieldDraft {
  return {
    id: draftId('tpl-field'),
    label: '',
    name: '',
    nameEdited: false,
    type: 'text',
    required: false,
    placeholder: '',
    options: [],
  };
}

export function newOption(): OptionDraft {
  return { id: draftId('tpl-option'), label: '', value: '', valueEdited: false };
}

export function newDisposition(): DispositionDraft {
  return { id: draftId('tpl-disposition'), label: '', code: '', codeEdited: false };
}

/** The label changed: so does the key, unless the administrator chose one. */
export function withFieldLabel(draft: TemplateDraft, id: string, label: string): FieldDraft[] {
  const others = draft.fields.filter((field) => field.id !== id).map((field) => field.name);
  return draft.fields.map((field) =>
    field.id !== id
      ? field
      : { ...field, label, name: field.nameEdited ? field.name : unique(keyFromLabel(label), others) },
  );
}

/** A typed key is kept; emptied, the key follows the label again. */
export function withFieldName(draft: TemplateDraft, id: string, name: string): FieldDraft[] {
  const others = draft.fields.filter((field) => field.id !== id).map((field) => field.name);
  return draft.fields.map((field) => {
    if (field.id !== id) return field;
    if (name.trim() === '')
      return { ...field, nameEdited: false, name: unique(keyFromLabel(field.label), others) };
    return { ...field, name, nameEdited: true };
  });
}

export function withOptionLabel(options: OptionDraft[], id: string, label: string): OptionDraft[] {
  const others = options.filter((option) => option.id !== id).map((option) => option.value);
  return options.map((option) =>
    option.id !== id
      ? option
      : {
          ...option,
          label,
          value: option.valueEdited
            ? option.value
            : unique(codeFromLabel(label, FORM_TEMPLATE_LIMITS.optionValue), others, '_'),
        },
  );
}

export function withOptionValue(options: OptionDraft[], id: string, value: string): OptionDraft[] {
  const others = options.filter((option) => option.id !== id).map((option) => option.value);
  return options.map((option) => {
    if (option.id !== id) return option;
    if (value.trim() === '') {
      return {
        ...option,
        valueEdited: false,
        value: unique(codeFromLabel(option.label, FORM_TEMPLATE_LIMITS.optionValue), others, '_'),
      };
    }
    return { ...option, value, valueEdited: true };
  });
}

export function withDispositionLabel(
  items: DispositionDraft[],
  id: string,
  label: string,
): DispositionDraft[] {
  const others = items.filter((item) => item.id !== id).map((item) => item.code);
  return items.map((item) =>
    item.id !== id
      ? item
      : { ...item, label, code: item.codeEdited ? item.code : unique(codeFromLabel(label), others, '_') },
  );
}

export function withDispositionCode(items: DispositionDraft[], id: string, code: string): DispositionDraft[] {
  const others = items.filter((item) => item.id !== id).map((item) => item.code);
  return items.map((item) => {
    if (item.id !== id) return item;
    if (code.trim() === '')
      return { ...item, codeEdited: false, code: unique(codeFromLabel(item.label), others, '_') };
    return { ...item, code, codeEdited: true };
  });
}

/** Moves the item `by` places (-1 up, +1 down); a move past either end changes nothing. */
export function move<T extends { id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** A stored template, ready to edit: its keys and codes count as chosen, they no longer follow labels. */
export function draftFromTemplate(template: {
  name: string;
  fields: readonly TFormField[];
  dispositions: readonly TDisposition[];
}): TemplateDraft {
  return {
    name: template.name,
    fields: template.fields.map((field) => ({
      id: draftId('tpl-field'),
      label: field.label,
      name: field.name,
      nameEdited: true,
      savedName: field.name,
      type: field.type,
      required: field.required,
      placeholder: field.placeholder ?? '',
      options: (field.options ?? []).map((option) => ({
        id: draftId('tpl-option'),
        label: option.label,
        value: option.value,
        valueEdited: true,
      })),
    })),
    dispositions: template.dispositions.map((item) => ({
      id: draftId('tpl-disposition'),
      label: item.label,
      code: item.code,
      codeEdited: true,
    })),
  };
}

/** The API's body: options for lists only, no empty placeholder. */
export function toInput(draft: TemplateDraft): TFormTemplateInput {
  return {
    name: draft.name,
    fields: draft.fields.map((field) => ({
      name: field.name,
      label: field.label,
      type: field.type,
      required: field.required,
      ...(field.placeholder.trim() && field.type !== 'checkbox' && field.type !== 'date'
        ? { placeholder: field.placeholder }
        : {}),
      ...(field.type === 'select'
        ? { options: field.options.map((option) => ({ value: option.value, label: option.label })) }
        : {}),
    })),
    dispositions: draft.dispositions.map((item) => ({ code: item.code, label: item.label })),
  };
}

/** Messages by path (`fields.2.label`), the first of each. */
export type DraftErrors = Record<string, string>;

/** What is wrong, in words the builder translates; `message` is the API's English for anything else. */
export type DraftProblem =
  | { kind: 'required' | 'keyFormat' | 'codeFormat' | 'noOptions' | 'noDisposition' }
  | { kind: 'tooLong' | 'tooMany'; max: number }
  | { kind: 'duplicateKey' | 'duplicateCode' | 'duplicateValue'; value: string }
  | { kind: 'other'; message: string };

type Issue = {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  maximum?: number | bigint;
  params?: Record<string, unknown>;
};

/** The same checks as the API's, each problem described for translation. */
export function validate(draft: TemplateDraft, describe: (problem: DraftProblem) => string): DraftErrors {
  const result = ZFormTemplateInput.safeParse(toInput(draft));
  if (result.success) return {};
  const errors: DraftErrors = {};
  for (const issue of result.error.issues as Issue[]) {
    const path = issue.path.map(String).join('.') || '(root)';
    errors[path] ??= describe(problemOf(issue));
  }
  return errors;
}

export function problemOf(issue: Issue): DraftProblem {
  const last = String(issue.path[issue.path.length - 1] ?? '');
  const reason = issue.params?.reason;
  const value = typeof issue.params?.value === 'string' ? issue.params.value : '';
  if (reason === 'noOptions') return { kind: 'noOptions' };
  if (reason === 'duplicateKey' || reason === 'duplicateCode' || reason === 'duplicateValue') {
    return { kind: reason, value };
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return { kind: 'required' };
    if (last === 'dispositions') return { kind: 'noDisposition' };
  }
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return { kind: issue.origin === 'string' ? 'tooLong' : 'tooMany', max: Number(issue.maximum) };
  }
  if (issue.code === 'invalid_format' && last === 'name') return { kind: 'keyFormat' };
  if (issue.code === 'invalid_format' && last === 'code') return { kind: 'codeFormat' };
  return { kind: 'other', message: issue.message };
}

/** The API's issues by path; a name already taken is the one problem only the API can find. */
export function issuesToErrors(issues: readonly TApiIssue[], nameTaken: string): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues) errors[issue.path] ??= issue.path === 'name' ? nameTaken : issue.message;
  return errors;
}

/** The element id of the control a path is about, so an error can be linked and focused. */
export function controlId(draft: TemplateDraft, path: string): string | null {
  const [head, index, property, optionIndex, optionProperty] = path.split('.');
  if (head === 'name') return 'template-name';
  if (head === 'fields') {
    const field = draft.fields[Number(index)];
    if (!field) return 'template-add-field';
    if (property === 'options') {
      const option = field.options[Number(optionIndex)];
      if (option) return `${option.id}-${optionProperty === 'value' ? 'value' : 'label'}`;
      return `${field.id}-add-option`;
    }
    return `${field.id}-${property === 'name' || property === 'type' || property === 'placeholder' ? property : 'label'}`;
  }
  if (head === 'dispositions') {
    const item = draft.dispositions[Number(index)];
    if (!item) return 'template-add-disposition';
    return `${item.id}-${property === 'code' ? 'code' : 'label'}`;
  }
  return null;
}

/** The paths in the order the builder shows their controls, for focusing the first problem. */
export function orderedPaths(draft: TemplateDraft, errors: DraftErrors): string[] {
  const order: string[] = ['name'];
  draft.fields.forEach((field, i) => {
    order.push(
      `fields.${i}.label`,
      `fields.${i}.name`,
      `fields.${i}.type`,
      `fields.${i}.placeholder`,
      `fields.${i}.options`,
    );
    field.options.forEach((_, j) =>
      order.push(`fields.${i}.options.${j}.label`, `fields.${i}.options.${j}.value`),
    );
  });
  order.push('fields', 'dispositions');
  draft.dispositions.forEach((_, i) => order.push(`dispositions.${i}.label`, `dispositions.${i}.code`));
  const known = order.filter((path) => errors[path] !== undefined);
  const rest = Object.keys(errors).filter((path) => !order.includes(path));
  return [...known, ...rest];
}

/** What the preview renders: each field under a key unique on the page, even while keys are being typed. */
export function previewFields(draft: TemplateDraft, untitled: string): TFormField[] {
  const used = new Set<string>();
  return draft.fields.map((field, index) => {
    const wanted = /^[a-zA-Z][a-zA-Z0-9_]*$/.test(field.name) ? field.name : `field${index + 1}`;
    const name = unique(wanted, [...used], '_');
    used.add(name);
    return {
      name,
      label: field.label.trim() || untitled,
      type: field.type,
      required: field.required,
      ...(field.placeholder.trim() ? { placeholder: field.placeholder.trim() } : {}),
      ...(field.type === 'select'
        ? {
            options: field.options
              .filter((option) => option.value.trim())
              .filter((option, i, all) => all.findIndex((other) => other.value === option.value) === i)
              .map((option) => ({ value: option.value, label: option.label.trim() || option.value })),
          }
        : {}),
    };
  });
}

export function previewDispositions(draft: TemplateDraft, untitled: string): TDisposition[] {
  const used = new Set<string>();
  return draft.dispositions.map((item, index) => {
    const code = unique(item.code.trim() || `disposition${index + 1}`, [...used], '_');
    used.add(code);
    return { code, label: item.label.trim() || untitled };
  });
}

/** After a move, focus stays on the button pressed, or its twin when the entry reached that end. */
export function focusAfterMove(idPrefix: string, to: number, count: number, by: -1 | 1): string {
  if (to === 0) return `${idPrefix}-down`;
  if (to === count - 1) return `${idPrefix}-up`;
  return `${idPrefix}-${by === -1 ? 'up' : 'down'}`;
}

/** After a removal, focus goes to the entry now in its place, else the one before, else `fallback`. */
export function focusAfterRemove<T extends { id: string }>(
  remaining: readonly T[],
  index: number,
  suffix: string,
  fallback: string,
): string {
  const next = remaining[index] ?? remaining[index - 1];
  return next ? `${next.id}-${suffix}` : fallback;
}
