'use client';

import type { TLocale, TUserRole, TUserView } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { TextField } from '@/components/admin/shared/text-field';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { type FormErrors, formErrors } from './field-errors';
import { LocaleField, RoleField } from './user-fields';
import { UserSection } from './user-section';

const FIELDS = ['name', 'role', 'locale'] as const;
type DetailsField = (typeof FIELDS)[number];

export function UserDetailsForm({
  user,
  self,
  onSaved,
}: {
  user: TUserView;
  self: boolean;
  onSaved: (user: TUserView) => void;
}) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<TUserRole>(user.role);
  const [locale, setLocale] = useState<TLocale | ''>(user.locale ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FormErrors<DetailsField>>({ fields: {}, form: null });

  const roleChanged = role !== user.role;
  const changed = name.trim() !== user.name || roleChanged || (locale || null) !== user.locale;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    setErrors({ fields: {}, form: null });
    const result = await usersApi.update(user.id, {
      ...(name.trim() !== user.name ? { name } : {}),
      ...(roleChanged ? { role } : {}),
      ...((locale || null) !== user.locale ? { locale: locale || null } : {}),
    });
    setSaving(false);
    if (!result.ok) {
      setErrors(
        result.status === 409 ? { fields: {}, form: t('edit.lastAdmin') } : formErrors(result, FIELDS),
      );
      return;
    }
    // Administrators who change their own role are signed out with the rest of their sessions.
    if (self && roleChanged) {
      window.location.assign('/login');
      return;
    }
    setSaved(true);
    onSaved(result.data);
  }

  return (
    <UserSection id="user-details" title={t('edit.details')}>
      <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
        {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
        <TextField
          id="user-name"
          label={t('form.name')}
          error={errors.fields.name}
          name="name"
          value={name}
          onValueChange={(next) => {
            setName(next);
            setSaved(false);
          }}
        />
        <RoleField
          value={role}
          hint={
            roleChanged ? `${t(`roleHints.${role}`)} ${t('edit.roleChangeWarning')}` : t(`roleHints.${role}`)
          }
          error={errors.fields.role}
          onChange={(next) => {
            setRole(next);
            setSaved(false);
          }}
        />
        <LocaleField
          value={locale}
          error={errors.fields.locale}
          onChange={(next) => {
            setLocale(next);
            setSaved(false);
          }}
        />
        <div className="flex items-center gap-3">
          <button type="submit" disabled={saving || !changed} className={buttonClass('primary')}>
            {saving ? tc('actions.saving') : tc('actions.save')}
          </button>
          {saved ? <Notice tone="success">{t('edit.saved')}</Notice> : null}
        </div>
      </form>
    </UserSection>
  );
}
