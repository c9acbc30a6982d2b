'use client';

import type { TFormField } from '@screenpop/contracts';
import { FormFieldInput } from './form-field-input';

const NO_ERRORS: readonly string[] = [];

/**
 * A template's fields laid out as agents see them (long text and checkboxes take the whole row); the
 * per-call form and the template builder's preview both draw them with this.
 */
export function FormFieldsGrid({
  fields,
  values,
  errorsOf = () => NO_ERRORS,
  disabled = false,
  onChange,
  keyOf = (field) => field.name,
}: {
  fields: readonly TFormField[];
  values: Readonly<Record<string, string | boolean | undefined>>;
  errorsOf?: (name: string) => readonly string[] | undefined;
  disabled?: boolean;
  onChange: (name: string, value: string | boolean) => void;
  keyOf?: (field: TFormField, index: number) => string;
}) {
  return (
    <div className="grid gap-4 @lg:grid-cols-2">
      {fields.map((field, index) => (
        <div
          key={keyOf(field, index)}
          className={field.type === 'textarea' || field.type === 'checkbox' ? '@lg:col-span-2' : ''}
        >
          <FormFieldInput
            field={field}
            value={values[field.name] ?? (field.type === 'checkbox' ? false : '')}
            errors={errorsOf(field.name) ?? NO_ERRORS}
            disabled={disabled}
            onChange={(value) => onChange(field.name, value)}
          />
        </div>
      ))}
    </div>
  );
}
