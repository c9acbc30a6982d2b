import { z } from 'zod';

export const ZFormFieldType = z.enum(['text', 'textarea', 'number', 'date', 'select', 'checkbox']);
export type TFormFieldType = z.infer<typeof ZFormFieldType>;

export const ZFormFieldOption = z.object({ value: z.string().min(1), label: z.string().min(1) });

export const ZFormField = z.object({
  /** Key in the form's data. */
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'Letters, digits and _ only, starting with a letter'),
  label: z.string().min(1),
  type: ZFormFieldType,
  required: z.boolean().default(false),
  options: z.array(ZFormFieldOption).optional(),
  placeholder: z.string().optional(),
});
export type TFormField = z.infer<typeof ZFormField>;

export const ZDisposition = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
});
export type TDisposition = z.infer<typeof ZDisposition>;

export const ZFormTemplate = z.object({
  id: z.string(),
  name: z.string().min(1),
  fields: z.array(ZFormField),
  dispositions: z.array(ZDisposition),
});
export type TFormTemplate = z.infer<typeof ZFormTemplate>;

/** A value of a form field as the form saves it. */
export const ZFormValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ZFormData = z.record(z.string(), ZFormValue);
export type TFormData = z.infer<typeof ZFormData>;
