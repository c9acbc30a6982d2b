'use client';

import { USER_PASSWORD_MIN_LENGTH } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Field, inputClass } from '@/components/admin/shared/field';

/** A new password, its rule said up front, and how far it is from the minimum as the user types. */
export function PasswordField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}) {
  const t = useTranslations('users.form');
  const [visible, setVisible] = useState(false);
  const tooShort = !error && value.length > 0 && value.length < USER_PASSWORD_MIN_LENGTH;
  return (
    <Field
      id={id}
      label={label}
      hint={
        tooShort
          ? `${hint} ${t('passwordTooShort', { min: USER_PASSWORD_MIN_LENGTH, count: value.length })}`
          : hint
      }
      error={error}
    >
      {(wiring) => (
        <div className="space-y-1.5">
          <input
            id={wiring.id}
            name={id}
            type={visible ? 'text' : 'password'}
            autoComplete="new-password"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={wiring.describedBy}
            aria-invalid={wiring.invalid}
            className={inputClass}
          />
          <label className="flex items-center gap-2 text-xs text-slate-600">
            <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
            {t('showPassword')}
          </label>
        </div>
      )}
    </Field>
  );
}
