import {
  type TApiIssue,
  type TDisposition,
  type TFormData,
  type TFormField,
  ZDisposition,
  ZFormField,
} from '@screenpop/contracts';
import { z } from 'zod';

export interface FormShape {
  fields: readonly TFormField[];
  dispositions: readonly TDisposition[];
}

const ZStoredFields = z.array(ZFormField);
const ZStoredDispositions = z.array(ZDisposition);

/**
 * A stored template's fields and dispositions; a part that is not valid (written by hand in the
 * database) reads as empty, and `onInvalid` is told so it can be logged.
 */
export function storedShape(
  template: { fields: unknown; dispositions: unknown },
  onInvalid: () => void,
): { fields: TFormField[]; dispositions: TDisposition[] } {
  const fields = ZStoredFields.safeParse(template.fields);
  const dispositions = ZStoredDispositions.safeParse(template.dispositions);
  if (!fields.success || !dispositions.success) onInvalid();
  return {
    fields: fields.success ? fields.data : [],
    dispositions: dispositions.success ? dispositions.data : [],
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The saved values of the fields the template still has: an administrator may remove a field while
 * a form is open, and the agent must still be able to complete it.
 */
export function keepTemplateFields(shape: FormShape, data: TFormData): TFormData {
  const names = new Set(shape.fields.map((field) => field.name));
  return Object.fromEntries(Object.entries(data).filter(([name]) => names.has(name)));
}

/** A draft may hold any subset of the template's fields, each of its type; no field is required yet. */
export function draftIssues(
  shape: FormShape,
  data: TFormData,
  disposition: string | null | undefined,
): TApiIssue[] {
  return [...fieldIssues(shape, data, false), ...dispositionIssues(shape, disposition, false)];
}

/** Completion: the draft's checks, plus every required field filled and a disposition when the template has some. */
export function completionIssues(
  shape: FormShape,
  data: TFormData,
  disposition: string | null | undefined,
): TApiIssue[] {
  return [...fieldIssues(shape, data, true), ...dispositionIssues(shape, disposition, true)];
}

function fieldIssues(shape: FormShape, data: TFormData, completing: boolean): TApiIssue[] {
  const issues: TApiIssue[] = [];
  const fields = new Map(shape.fields.map((field) => [field.name, field]));
  for (const name of Object.keys(data)) {
    if (!fields.has(name)) issues.push({ path: `data.${name}`, message: `Unknown field "${name}"` });
  }
  for (const field of shape.fields) {
    const value = data[field.name];
    const path = `data.${field.name}`;
    if (value === undefined || value === null || isEmpty(field, value)) {
      if (completing && field.required) issues.push({ path, message: `${field.label} is required` });
      continue;
    }
    const problem = typeProblem(field, value);
    if (problem) issues.push({ path, message: `${field.label}: ${problem}` });
  }
  return issues;
}

function dispositionIssues(
  shape: FormShape,
  disposition: string | null | undefined,
  completing: boolean,
): TApiIssue[] {
  const codes = shape.dispositions.map((d) => d.code);
  if (disposition === null || disposition === undefined) {
    return completing && codes.length > 0
      ? [{ path: 'disposition', message: `A disposition is required: one of ${codes.join(', ')}` }]
      : [];
  }
  if (codes.includes(disposition)) return [];
  return [
    {
      path: 'disposition',
      message:
        codes.length > 0
          ? `Unknown disposition "${disposition}": expected one of ${codes.join(', ')}`
          : 'This form has no dispositions',
    },
  ];
}

function isEmpty(field: TFormField, value: string | number | boolean): boolean {
  if (typeof value === 'string') return value.trim() === '';
  // A required checkbox must be ticked, as in HTML.
  return field.type === 'checkbox' && value === false;
}

function typeProblem(field: TFormField, value: string | number | boolean): string | null {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? null : 'expected text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : 'expected an ISO date (YYYY-MM-DD)';
    case 'select': {
      if (typeof value !== 'string') return 'expected one of the options';
      const options = field.options?.map((option) => option.value);
      if (!options || options.includes(value)) return null;
      return `"${value}" is not one of ${options.join(', ')}`;
    }
  }
}
