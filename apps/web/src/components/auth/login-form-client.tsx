'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { api } from '@/lib/api-client';

export function LoginFormClient({ next }: { next: string }) {
  const t = useTranslations('auth');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    const result = await api.login({
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    });
    if (result.ok) {
      // A full navigation: the server renders the next page with the new session cookie.
      window.location.assign(next);
      return;
    }
    setSubmitting(false);
    setError(result.status === 401 ? t('failed') : result.status === 429 ? t('tooMany') : result.message);
  }

  return (
    <form
      onSubmit={onSubmit}
      className="mt-6 space-y-4"
      noValidate
      aria-describedby={error ? 'login-error' : undefined}
    >
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-teal-600"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-teal-600"
        />
      </div>
      {error ? (
        <p id="login-error" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={submitting} className={buttonClass('primary', 'w-full')}>
        {submitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
