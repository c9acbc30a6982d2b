'use client';

import type { TUserView } from '@screenpop/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { PageHeader } from '@/components/admin/shared/page-header';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { browserTimeZone, IdentityChip, RoleBadge, StatusBadge } from './user-badges';
import { UserAccessPanel } from './user-access-panel';
import { UserDetailsForm } from './user-details-form';
import { UserIdentitiesPanel } from './user-identities-panel';
import { UserPasswordForm } from './user-password-form';

type LoadState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; user: TUserView };

/** One user's page: details, access, password and platform identities. */
export function UserEditClient({
  id,
  selfId,
  created,
}: {
  id: string;
  selfId: string | null;
  created: boolean;
}) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    usersApi
      .get(id, controller.signal)
      .then((result) => {
        if (result.ok) setState({ status: 'ready', user: result.data });
        else if (result.status === 404) setState({ status: 'missing' });
        else setState({ status: 'error', message: result.message });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [id, attempt]);

  if (state.status === 'loading') {
    return (
      <p role="status" className="text-sm text-slate-600">
        {tc('states.loading')}
      </p>
    );
  }
  if (state.status === 'missing') return <Notice tone="error">{t('edit.notFound')}</Notice>;
  if (state.status === 'error') {
    return (
      <Notice tone="error">
        <span className="flex flex-wrap items-center justify-between gap-3">
          {t('edit.loadFailed', { message: state.message })}
          <button type="button" className={buttonClass('secondary')} onClick={() => setAttempt((n) => n + 1)}>
            {tc('actions.retry')}
          </button>
        </span>
      </Notice>
    );
  }

  const { user } = state;
  const self = user.id === selfId;
  const update = (next: TUserView) => setState({ status: 'ready', user: next });
  const lastLogin = user.lastLoginAt
    ? format.dateTime(new Date(user.lastLoginAt), {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: browserTimeZone(),
      })
    : t('list.never');

  return (
    <div className="space-y-5">
      <PageHeader
        title={
          <>
            {user.name}{' '}
            {self ? <span className="text-base font-normal text-slate-500">{t('edit.you')}</span> : null}
          </>
        }
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{user.email}</span>
            <RoleBadge role={user.role} />
            <StatusBadge active={user.active} />
            {user.identities.map((identity) => (
              <IdentityChip key={identity.id} platform={identity.platform} externalId={identity.externalId} />
            ))}
            <span className="text-slate-500">
              {t('list.lastLogin')}: {lastLogin}
            </span>
          </span>
        }
        actions={
          <Link
            href={`/admin/audit?entityType=user&entityId=${encodeURIComponent(user.id)}`}
            className={buttonClass('secondary')}
          >
            {t('edit.history')}
          </Link>
        }
      />
      {created ? <Notice tone="success">{t('form.created', { email: user.email })}</Notice> : null}
      <div className="grid gap-5 xl:grid-cols-2">
        <UserDetailsForm user={user} self={self} onSaved={update} />
        <UserAccessPanel user={user} self={self} onChanged={update} />
        <UserPasswordForm user={user} self={self} onChanged={update} />
        <UserIdentitiesPanel user={user} onChanged={update} />
      </div>
    </div>
  );
}
