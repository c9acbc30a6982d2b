'use client';

import { type TUserView, USER_PASSWORD_MIN_LENGTH } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { formErrors } from './field-errors';
import { PasswordField } from './password-field';
import { UserSection } from './user-section';

/** An administrator sets (or replaces) the user's password; the user is signed out everywhere. */
export function UserPasswordForm({
  user,
  self,
  onChanged,
}: {
  user: TUserView;
  self: boolean;
  onChanged: (user: TUserView) => void;
}) {
  const t = useTranslations('users');
  const [password, setPassword] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ field: string | null; form: string | null }>({
    field: null,
    form: null,
  });
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setDone(false);
    setError({ field: null, form: null });
    const result = await usersApi.setPassword(user.id, { password });
    setSaving(false);
    if (!result.ok) {
      const errors = formErrors(result, ['password'] as const);
      setError({ field: errors.fields.password ?? null, form: errors.form });
      document.getElementById('user-new-password')?.focus();
      return;
    }
    setPassword('');
    setDone(true);
    onChanged(result.data);
  }

  return (
    <UserSection
      id="user-password"
      title={t('edit.password')}
      description={user.hasPassword ? t('edit.hasPassword') : t('edit.noPassword')}
    >
      <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
        {error.form ? <Notice tone="error">{error.form}</Notice> : null}
        {done ? (
          <Notice tone="success">
            {self ? t('edit.passwordSetSelf') : t('edit.passwordSet', { name: user.name })}
          </Notice>
        ) : null}
        <PasswordField
          id="user-new-password"
          label={t('edit.newPassword')}
          hint={`${t('form.passwordRules', { min: USER_PASSWORD_MIN_LENGTH })} ${t('edit.passwordWarning')}`}
          value={password}
          onChange={(value) => {
            setPassword(value);
            setDone(false);
          }}
          error={error.field}
        />
        <button type="submit" disabled={saving || password.length === 0} className={buttonClass('primary')}>
          {saving ? t('edit.settingPassword') : t('edit.setPassword')}
        </button>
      </form>
    </UserSection>
  );
}
