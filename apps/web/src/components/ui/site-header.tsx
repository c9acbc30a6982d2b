import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { currentUser } from '@/lib/server/session';
import { AccountMenuClient } from './account-menu-client';
import { LanguageSwitchClient } from './language-switch-client';

const linkClass = 'rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900';

export async function SiteHeader({ subtitle }: { subtitle?: ReactNode }) {
  const t = await getTranslations('common.nav');
  const user = await currentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex min-h-14 max-w-screen-2xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 sm:px-6">
        <div className="flex items-baseline gap-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <span
              aria-hidden="true"
              className="grid size-7 place-items-center rounded-md bg-teal-700 text-sm text-white"
            >
              S
            </span>
            Screenpop
          </Link>
          {subtitle ? <span className="hidden text-sm text-slate-500 sm:inline">{subtitle}</span> : null}
        </div>
        <nav aria-label={t('main')} className="flex flex-wrap items-center gap-1 text-sm">
          <Link href="/simulator" className={linkClass}>
            {t('simulator')}
          </Link>
          <Link href="/live" className={linkClass}>
            {t('live')}
          </Link>
          {user?.role === 'admin' || user?.role === 'supervisor' ? (
            <>
              <Link href="/wallboard" className={linkClass}>
                {t('wallboard')}
              </Link>
              <Link href="/reports" className={linkClass}>
                {t('reports')}
              </Link>
            </>
          ) : null}
          {user ? (
            <Link href="/my/calls" className={linkClass}>
              {t('myCalls')}
            </Link>
          ) : null}
          {user?.role === 'admin' ? (
            <Link href="/admin" className={linkClass}>
              {t('admin')}
            </Link>
          ) : null}
          <a href="/api/docs" className={linkClass}>
            {t('apiDocs')}
          </a>
          <LanguageSwitchClient />
          {user ? (
            <AccountMenuClient user={{ name: user.name, email: user.email, role: user.role }} />
          ) : (
            <Link href="/login" className={linkClass}>
              {t('signIn')}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
