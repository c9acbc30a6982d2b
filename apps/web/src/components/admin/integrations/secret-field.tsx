'use client';

import type { TSecretState } from '@screenpop/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { inputClass } from '@/components/admin/shared/field';
import { FieldError } from '@/components/admin/shared/field-error';
import { buttonClass } from '@/components/ui/button';
import { localTimeZone } from './copy-field';

/**
 * A secret: whether it is set, never its value. The input starts empty; typing replaces the secret on
 * save, "Clear" removes it on save.
 */
export function SecretField({
  id,
  label,
  state,
  value,
  clearing,
  error,
  onChange,
  onClearing,
}: {
  id: string;
  label: string;
  state: TSecretState;
  value: string;
  clearing: boolean;
  error: string | null;
  onChange: (value: string) => void;
  onClearing: (clearing: boolean) => void;
}) {
  const t = useTranslations('integrations.secret');
  const format = useFormatter();
  const statusId = `${id}-status`;
  const errorId = `${id}-error`;
  const status = state.set
    ? state.updatedAt
      ? t('setOn', {
          date: format.dateTime(new Date(state.updatedAt), {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: localTimeZone(),
          }),
        })
      : t('set')
    : t('notSet');

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        <span
          id={statusId}
          data-secret-state={state.set ? 'set' : 'not-set'}
          className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
            state.set
              ? 'bg-emerald-50 text-emerald-800 ring-emerald-200'
              : 'bg-slate-50 text-slate-600 ring-slate-200'
          }`}
        >
          {status}
        </span>
      </div>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          name={id}
          type="password"
          autoComplete="new-password"
          value={value}
          disabled={clearing}
          placeholder={state.set ? t('replacePlaceholder') : t('setPlaceholder')}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={[statusId, `${id}-hint`, error ? errorId : ''].filter(Boolean).join(' ')}
          className={inputClass}
        />
        {state.set ? (
          <button
            type="button"
            onClick={() => {
              onChange('');
              onClearing(!clearing);
            }}
            aria-pressed={clearing}
            className={buttonClass(clearing ? 'secondary' : 'ghost', 'shrink-0')}
          >
            {clearing ? t('undoClear') : t('clear')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
        {clearing ? t('willClear') : state.set ? t('replaceHint') : t('setHint')}
      </p>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
