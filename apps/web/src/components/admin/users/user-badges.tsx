'use client';

import type { TPlatform, TUserRole } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';

const roleTones: Record<TUserRole, string> = {
  admin: 'bg-violet-50 text-violet-800 ring-violet-200',
  supervisor: 'bg-sky-50 text-sky-800 ring-sky-200',
  agent: 'bg-slate-50 text-slate-700 ring-slate-200',
};

const badge = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset';

export function RoleBadge({ role }: { role: TUserRole }) {
  const t = useTranslations('users.roles');
  return <span className={`${badge} ${roleTones[role]}`}>{t(role)}</span>;
}

export function StatusBadge({ active }: { active: boolean }) {
  const t = useTranslations('users.list');
  return active ? (
    <span className={`${badge} bg-emerald-50 text-emerald-800 ring-emerald-200`}>{t('active')}</span>
  ) : (
    <span className={`${badge} bg-rose-50 text-rose-800 ring-rose-200`}>{t('inactive')}</span>
  );
}

export function IdentityChip({ platform, externalId }: { platform: TPlatform; externalId: string }) {
  const t = useTranslations('users.platforms');
  return (
    <span className={`${badge} bg-white font-normal text-slate-700 ring-slate-300`}>
      <span className="mr-1 text-slate-500">{t(platform)}</span>
      <span className="font-mono">{externalId}</span>
    </span>
  );
}

/** The browser's time zone, said explicitly so dates read the same as the clock on the wall. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
