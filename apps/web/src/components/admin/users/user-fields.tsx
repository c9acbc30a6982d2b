'use client';

import type { TLocale, TUserRole } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/admin/shared/text-field';

const ROLES: TUserRole[] = ['agent', 'supervisor', 'admin'];

/** The user's role, with what it allows said under it (`hint`). */
export function RoleField({
  value,
  hint,
  error,
  onChange,
}: {
  value: TUserRole;
  hint: string;
  error: string | undefined;
  onChange: (role: TUserRole) => void;
}) {
  const t = useTranslations('users');
  return (
    <SelectField
      id="user-role"
      label={t('form.role')}
      hint={hint}
      error={error}
      name="role"
      value={value}
      onValueChange={(role) => onChange(role as TUserRole)}
    >
      {ROLES.map((option) => (
        <option key={option} value={option}>
          {t(`roles.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** The language of the user's screens; empty follows their browser. */
export function LocaleField({
  value,
  error,
  onChange,
}: {
  value: TLocale | '';
  error: string | undefined;
  onChange: (locale: TLocale | '') => void;
}) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  return (
    <SelectField
      id="user-locale"
      label={t('form.language')}
      error={error}
      name="locale"
      value={value}
      onValueChange={(locale) => onChange(locale as TLocale | '')}
    >
      <option value="">{t('form.browserLanguage')}</option>
      <option value="en">{tc('languages.en')}</option>
      <option value="fr">{tc('languages.fr')}</option>
    </SelectField>
  );
}
