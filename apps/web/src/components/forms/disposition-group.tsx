import { useTranslations } from 'next-intl';
import type { TDisposition } from '@screenpop/contracts';
import { DISPOSITION_GROUP_ID } from './form-values';
import { RequiredMark } from './form-field-input';

export function DispositionGroup({
  dispositions,
  value,
  errors,
  disabled,
  onChange,
}: {
  dispositions: readonly TDisposition[];
  value: string | null;
  errors: readonly string[];
  disabled: boolean;
  onChange: (code: string) => void;
}) {
  const t = useTranslations('callForm.form');
  const invalid = errors.length > 0;
  const errorId = `${DISPOSITION_GROUP_ID}-error`;
  return (
    <fieldset
      id={DISPOSITION_GROUP_ID}
      aria-describedby={invalid ? errorId : undefined}
      aria-invalid={invalid || undefined}
      disabled={disabled}
    >
      <legend className="mb-2 text-sm font-medium text-slate-800">
        {t('disposition')}
        <RequiredMark />
      </legend>
      <div className="grid grid-cols-1 gap-2 @sm:grid-cols-2 @xl:grid-cols-3">
        {dispositions.map((disposition) => {
          const id = `disposition-${disposition.code}`;
          const checked = value === disposition.code;
          return (
            <label
              key={disposition.code}
              htmlFor={id}
              className={`flex cursor-pointer items-center gap-2.5 rounded-md px-3 py-2 text-sm ring-1 transition-colors ring-inset has-focus-visible:ring-2 has-focus-visible:ring-teal-600 ${
                checked
                  ? 'bg-teal-50 font-medium text-teal-900 ring-teal-600'
                  : invalid
                    ? 'bg-white text-slate-800 ring-rose-400 hover:bg-slate-50'
                    : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-50'
              }`}
            >
              <input
                id={id}
                type="radio"
                name="disposition"
                value={disposition.code}
                checked={checked}
                onChange={() => onChange(disposition.code)}
                data-testid={`form-disposition-${disposition.code}`}
                className="size-4 accent-teal-700 focus:outline-none"
              />
              {disposition.label}
            </label>
          );
        })}
      </div>
      {invalid ? (
        <p id={errorId} className="mt-1.5 text-sm text-rose-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
