'use client';

import type { TAuthUser } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { api } from '@/lib/api-client';

/** Who is signed in, and the ways out: this browser, or every session of the account. */
export function AccountMenuClient({ user }: { user: Pick<TAuthUser, 'name' | 'email' | 'role'> }) {
  const t = useTranslations('common.account');
  const [busy, setBusy] = useState(false);

  async function signOut(everywhere: boolean) {
    setBusy(true);
    await (everywhere ? api.logoutEverywhere() : api.logout());
    window.location.assign('/login');
  }

  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        <span className="font-medium">{user.name}</span>{' '}
        <span className="text-slate-500">· {t('role', { role: user.role })}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 rounded-md bg-white p-2 shadow-lg ring-1 ring-slate-200">
        <p className="px-2 py-1 text-xs text-slate-500">{t('signedInAs', { name: user.email })}</p>
        <button
          type="button"
          disabled={busy}
          onClick={() => void signOut(false)}
          className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100"
        >
          {t('signOut')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void signOut(true)}
          className="block w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100"
        >
          {t('signOutEverywhere')}
        </button>
      </div>
    </details>
  );
}
