'use client';

import { type TLocale, type TUserRole, USER_PASSWORD_MIN_LENGTH } from '@screenpop/contracts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useRef, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { TextField } from '@/components/admin/shared/text-field';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { type FormErrors, formErrors } from './field-errors';
import { PasswordField } from './password-field';
import { LocaleField, RoleField } from './user-fields';

const FIELDS = ['email', 'name', 'role', 'password', 'locale'] as const;
type CreateField = (typeof FIELDS)[number];

export function UserCreateClient() {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<TUserRole>('agent');
  const [locale, setLocale] = useState<TLocale | ''>('');
  const [password, setPassword] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FormErrors<CreateField>>({ fields: {}, form: null });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setErrors({ fields: {}, form: null });
    const result = await usersApi.create({
      email,
      name,
      role,
      ...(password ? { password } : {}),
      ...(locale ? { locale } : {}),
    });
    if (result.ok) {
      router.push(`/admin/users/${result.data.id}?created=1`);
      return;
    }
    setSaving(false);
    const next = formErrors(result, FIELDS);
    if (result.status === 409 && next.fields.email) next.fields.email = t('form.emailTaken');
    setErrors(next);
    // Focus the first field to fix, so keyboard and screen-reader users land on it.
    const first = FIELDS.find((field) => next.fields[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#user-${first}`)?.focus();
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="max-w-xl space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <TextField
        id="user-email"
        label={t('form.email')}
        hint={t('form.emailHint')}
        error={errors.fields.email}
        name="email"
        type="email"
        autoComplete="off"
        required
        autoFocus
        value={email}
        onValueChange={setEmail}
      />
      <TextField
        id="user-name"
        label={t('form.name')}
        error={errors.fields.name}
        name="name"
        required
        autoComplete="off"
        value={name}
        onValueChange={setName}
      />
      <RoleField value={role} hint={t(`roleHints.${role}`)} error={errors.fields.role} onChange={setRole} />
      <LocaleField value={locale} error={errors.fields.locale} onChange={setLocale} />
      <PasswordField
        id="user-password"
        label={t('form.passwordOptional')}
        hint={t('form.passwordCreateHint', { min: USER_PASSWORD_MIN_LENGTH })}
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <div className="flex gap-2 pt-2">
        <button type="submit" disabled={saving} className={buttonClass('primary')}>
          {saving ? t('form.creating') : t('form.create')}
        </button>
        <Link href="/admin/users" className={buttonClass('ghost')}>
          {tc('actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
