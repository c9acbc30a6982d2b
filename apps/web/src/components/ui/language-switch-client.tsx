'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE, LOCALES } from '@/i18n/locales';

/** Overrides the browser's language for a year; the server renders the page again in the new one. */
export function LanguageSwitchClient() {
  const t = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-600">
      <span className="sr-only">{t('account.language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
        className="rounded-md border-0 bg-transparent py-1 pr-7 pl-2 text-sm ring-1 ring-slate-200 ring-inset focus:ring-2 focus:ring-teal-600"
      >
        {LOCALES.map((value) => (
          <option key={value} value={value}>
            {t(`languages.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
