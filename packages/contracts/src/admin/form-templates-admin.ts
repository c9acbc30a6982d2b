import { z } from 'zod';
import { ZFormFieldType, ZFormTemplate, type TFormField } from '../forms/form-template.js';
import { ZPageQuery } from './paging.js';

/** How much a template may hold; the builder shows the same limits. */
export const FORM_TEMPLATE_LIMITS = {
  name: 100,
  fields: 50,
  fieldName: 64,
  label: 120,
  placeholder: 200,
  options: 100,
  optionValue: 100,
  dispositions: 30,
  dispositionCode: 64,
} as const;

const L = FORM_TEMPLATE_LIMITS;

/**
 * Why a template's own checks refused it, in each custom issue's `params.reason` (with `value`), so
 * a client can say it in its own language; the English `message` stays for API callers.
 */
export type FormTemplateIssueReason = 'noOptions' | 'duplicateValue' | 'duplicateKey' | 'duplicateCode';

/** A field's key in the form's data (and in reports). */
export const FORM_FIELD_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]*$/;
/** A disposition's code, as stored on each completed form. */
export const DISPOSITION_CODE_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;

function requiredText(what: string, max: number) {
  return z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is too long (${max} characters at most)`);
}

export const ZFormFieldOptionInput = z.object({
  value: requiredText('The value', L.optionValue),
  label: requiredText('The label', L.label),
});

/** One field as an administrator defines it; options are kept for lists (select) only. */
export const ZFormFieldInput = z
  .object({
    name: requiredText('The key', L.fieldName).regex(
      FORM_FIELD_NAME_PATTERN,
      'The key takes letters, digits and _ only, and starts with a letter',
    ),
    label: requiredText('The label', L.label),
    type: z.enum(ZFormFieldType.options, {
      error: `The type must be one of ${ZFormFieldType.options.join(', ')}`,
    }),
    required: z.boolean({ error: 'Required must be true or false' }).default(false),
    placeholder: z
      .string({ error: 'The placeholder must be text' })
      .trim()
      .max(L.placeholder, `The placeholder is too long (${L.placeholder} characters at most)`)
      .optional(),
    options: z
      .array(ZFormFieldOptionInput, { error: 'Options must be a list' })
      .max(L.options, `A list takes ${L.options} options at most`)
      .optional(),
  })
  // Runs even when another property is wrong, so the builder shows every problem at once.
  .superRefine(
    (field, ctx) => {
      if (typeof field !== 'object' || field === null || field.type !== 'select') return;
      const options = Array.isArray(field.options) ? field.options : [];
      if (options.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'A list needs at least one option to choose from',
          params: { reason: 'noOptions' },
        });
      }
      const seen = new Set<string>();
      options.forEach((option, index) => {
        const value = typeof option?.value === 'string' ? option.value.trim() : '';
        if (!value) return;
        if (seen.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'value'],
            message: `Another option of this list already has the value "${value}"`,
            params: { reason: 'duplicateValue', value },
          });
        }
        seen.add(value);
      });
    },
    { when: () => true },
  )
  .transform((field): TFormField => {
    const { options, placeholder, ...rest } = field;
    return {
      ...rest,
      ...(placeholder ? { placeholder } : {}),
      ...(field.type === 'select' && options ? { options } : {}),
    };
  });
export type TFormFieldInput = z.input<typeof ZFormFieldInput>;

export const ZDispositionInput = z.object({
  code: requiredText('The code', L.dispositionCode).regex(
    DISPOSITION_CODE_PATTERN,
    'The code takes letters, digits, _ and - only, and starts with a letter or digit',
  ),
  label: requiredText('The label', L.label),
});

/** POST /api/admin/form-templates and PUT /api/admin/form-templates/:id. */
export const ZFormTemplateInput = z
  .object({
    name: requiredText('The name', L.name),
    fields: z
      .array(ZFormFieldInput, { error: 'Fields must be a list' })
      .max(L.fields, `A form takes ${L.fields} fields at most`),
    dispositions: z
      .array(ZDispositionInput, { error: 'Dispositions must be a list' })
      .min(1, 'Add at least one disposition: agents choose one to complete the form')
      .max(L.dispositions, `A form takes ${L.dispositions} dispositions at most`),
  })
  .superRefine(
    (template, ctx) => {
      if (typeof template !== 'object' || template === null) return;
      // Keys and codes differing only in case would read as the same column in a report.
      duplicates(
        ctx,
        template.fields,
        'fields',
        'name',
        'duplicateKey',
        (key) => `Another field already uses the key "${key}"`,
      );
      duplicates(
        ctx,
        template.dispositions,
        'dispositions',
        'code',
        'duplicateCode',
        (code) => `Another disposition already uses the code "${code}"`,
      );
    },
    { when: () => true },
  );

/** Flags each entry whose `property` repeats an earlier one, ignoring case; tolerates half-parsed input. */
function duplicates(
  ctx: z.RefinementCtx,
  entries: unknown,
  list: string,
  property: string,
  reason: FormTemplateIssueReason,
  message: (value: string) => string,
): void {
  if (!Array.isArray(entries)) return;
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const raw =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[property] : null;
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (!value) return;
    if (seen.has(value.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        path: [list, index, property],
        message: message(value),
        params: { reason, value },
      });
    }
    seen.add(value.toLowerCase());
  });
}
export type TFormTemplateInput = z.input<typeof ZFormTemplateInput>;
export type TFormTemplateParsedInput = z.output<typeof ZFormTemplateInput>;

/** GET /api/admin/form-templates: a page of templates by name, optionally filtered by `q`. */
export const ZFormTemplateListQuery = ZPageQuery.extend({
  q: z.string().trim().max(L.name).optional(),
});
export type TFormTemplateListQuery = z.infer<typeof ZFormTemplateListQuery>;

export const ZFormTemplateListItem = z.object({
  id: z.string(),
  name: z.string(),
  fieldCount: z.number().int(),
  dispositionCount: z.number().int(),
  /** How many rules open this template; it cannot be deleted while any does. */
  ruleCount: z.number().int(),
  updatedAt: z.string(),
});
export type TFormTemplateListItem = z.infer<typeof ZFormTemplateListItem>;

export const ZFormTemplateRuleRef = z.object({ id: z.string(), name: z.string(), enabled: z.boolean() });
export type TFormTemplateRuleRef = z.infer<typeof ZFormTemplateRuleRef>;

/** One template as the builder edits it, with the rules that open it. */
export const ZFormTemplateDetail = ZFormTemplate.extend({
  createdAt: z.string(),
  updatedAt: z.string(),
  rules: z.array(ZFormTemplateRuleRef),
});
export type TFormTemplateDetail = z.infer<typeof ZFormTemplateDetail>;
