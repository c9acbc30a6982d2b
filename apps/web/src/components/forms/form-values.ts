import type { TApiIssue, TFormData, TFormField } from '@screenpop/contracts';

/** What the inputs hold: text for text-like fields, a boolean for checkboxes. */
export type FieldValues = Record<string, string | boolean>;

export function initialValues(fields: readonly TFormField[], data: TFormData): FieldValues {
  const values: FieldValues = {};
  for (const field of fields) {
    const saved = data[field.name];
    if (field.type === 'checkbox') {
      values[field.name] = saved === true || saved === 'true';
    } else {
      values[field.name] = saved === null || saved === undefined ? '' : String(saved);
    }
  }
  return values;
}

/** The form's data as the API stores it: numbers as numbers, an emptied field as `null`. */
export function toFormData(fields: readonly TFormField[], values: FieldValues): TFormData {
  const data: TFormData = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'checkbox') {
      data[field.name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') {
      data[field.name] = null;
    } else if (field.type === 'number') {
      const number = Number(text);
      // Leave a value that is not a number as typed so the API can name the problem.
      data[field.name] = Number.isFinite(number) ? number : text;
    } else {
      data[field.name] = field.type === 'textarea' ? (value as string) : text;
    }
  }
  return data;
}

export interface MappedIssues {
  /** Messages per field name, for the template's own fields. */
  fields: Record<string, string[]>;
  /** Messages about the disposition group. */
  disposition: string[];
  /** Messages that belong to no field shown on the form. */
  general: string[];
}

/** Places each API issue next to what it is about: `data.<name>` → that field, `disposition` → the group. */
export function mapIssues(issues: readonly TApiIssue[], fieldNames: readonly string[]): MappedIssues {
  const mapped: MappedIssues = { fields: {}, disposition: [], general: [] };
  const known = new Set(fieldNames);
  for (const issue of issues) {
    const [head, name] = issue.path.split('.');
    if (head === 'data' && name !== undefined && known.has(name)) {
      (mapped.fields[name] ??= []).push(issue.message);
    } else if (head === 'disposition') {
      mapped.disposition.push(issue.message);
    } else {
      mapped.general.push(issue.message);
    }
  }
  return mapped;
}

export type InvalidTarget = { kind: 'field'; name: string } | { kind: 'disposition' };

/** The first invalid control in the order the form shows them: fields, then dispositions. */
export function firstInvalid(mapped: MappedIssues, fieldNames: readonly string[]): InvalidTarget | null {
  const name = fieldNames.find((candidate) => (mapped.fields[candidate]?.length ?? 0) > 0);
  if (name !== undefined) return { kind: 'field', name };
  if (mapped.disposition.length > 0) return { kind: 'disposition' };
  return null;
}

export function issueCount(mapped: MappedIssues): number {
  return (
    Object.values(mapped.fields).reduce((total, messages) => total + messages.length, 0) +
    mapped.disposition.length +
    mapped.general.length
  );
}

/** How the form says, in the agent's language, the refusals it can explain itself. */
export interface IssueWording {
  fieldRequired(label: string): string;
  dispositionRequired(): string;
}

/**
 * The API's issues with a required field or disposition that was indeed left empty reworded in the
 * page's language; any other issue keeps the API's own words.
 */
export function localiseIssues(
  issues: readonly TApiIssue[],
  fields: readonly TFormField[],
  sent: { data: TFormData; disposition?: string | null },
  wording: IssueWording,
): TApiIssue[] {
  return issues.map((issue) => {
    const [head, name, ...rest] = issue.path.split('.');
    if (head === 'disposition' && name === undefined && !sent.disposition) {
      return { ...issue, message: wording.dispositionRequired() };
    }
    const field = head === 'data' && rest.length === 0 ? fields.find((f) => f.name === name) : undefined;
    if (field?.required && isEmpty(sent.data[field.name])) {
      return { ...issue, message: wording.fieldRequired(field.label) };
    }
    return issue;
  });
}

function isEmpty(value: TFormData[string] | undefined): boolean {
  return (
    value === undefined || value === null || value === false || (typeof value === 'string' && !value.trim())
  );
}

/** The element ids the form gives its controls, shared by labels, error links and focus. */
export const fieldId = (name: string) => `field-${name}`;
export const DISPOSITION_GROUP_ID = 'disposition-group';
