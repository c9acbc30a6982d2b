import { useTranslations } from 'next-intl';
import type { TFormField } from '@screenpop/contracts';
import { fieldId } from './form-values';

const inputClass =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 ' +
  'placeholder:text-slate-400 focus:ring-2 focus:ring-teal-600 focus:outline-none ' +
  'aria-invalid:ring-rose-500 aria-invalid:focus:ring-rose-600 disabled:bg-slate-50 disabled:text-slate-500';

function RequiredMark() {
  return (
    <span aria-hidden="true" className="ml-0.5 text-rose-600">
      *
    </span>
  );
}

export function FormFieldInput({
  field,
  value,
  errors,
  disabled,
  onChange,
}: {
  field: TFormField;
  value: string | boolean;
  errors: readonly string[];
  disabled: boolean;
  onChange: (value: string | boolean) => void;
}) {
  const t = useTranslations('callForm.form');
  const id = fieldId(field.name);
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const common = {
    id,
    name: field.name,
    disabled,
    required: field.required,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
    'data-testid': `form-field-${field.name}`,
  };

  const errorText = invalid ? (
    <p id={errorId} className="mt-1.5 text-sm text-rose-700">
      {errors.join(' ')}
    </p>
  ) : null;

  if (field.type === 'checkbox') {
    return (
      <div>
        <div className="flex items-start gap-2.5">
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(event) => onChange(event.target.checked)}
            className="mt-0.5 size-4 rounded border-slate-300 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
          />
          <label htmlFor={id} className="text-sm text-slate-800">
            {field.label}
            {field.required ? <RequiredMark /> : null}
          </label>
        </div>
        {errorText}
      </div>
    );
  }

  const text = typeof value === 'string' ? value : '';
  let control: React.ReactNode;
  switch (field.type) {
    case 'textarea':
      control = (
        <textarea
          {...common}
          rows={4}
          value={text}
          placeholder={field.placeholder}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} resize-y`}
        />
      );
      break;
    case 'select':
      control = (
        <select
          {...common}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={inputClass}
        >
          <option value="">{field.placeholder ?? t('choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    default:
      control = (
        <input
          {...common}
          type={field.type}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          step={field.type === 'number' ? 'any' : undefined}
          value={text}
          placeholder={field.placeholder}
          onChange={(event) => onChange(event.target.value)}
          className={inputClass}
        />
      );
  }

  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-800">
        {field.label}
        {field.required ? <RequiredMark /> : null}
      </label>
      {control}
      {errorText}
    </div>
  );
}

export { RequiredMark };
