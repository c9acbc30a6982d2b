'use client';

import type { TPage, TUserRole, TUserView } from '@screenpop/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { Pagination } from '@/components/admin/shared/pagination';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { toSearch } from '@/lib/admin/search-params';
import { browserTimeZone, IdentityChip, RoleBadge, StatusBadge } from './user-badges';

export interface UserFilters {
  q: string;
  role: TUserRole | '';
  active: 'true' | 'false' | '';
  page: number;
}

const PAGE_SIZE = 25;
const ROLES: TUserRole[] = ['admin', 'supervisor', 'agent'];

type ListState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; page: TPage<TUserView> };

export function UsersListClient({ initial }: { initial: UserFilters }) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [filters, setFilters] = useState<UserFilters>(initial);
  const [search, setSearch] = useState(initial.q);
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(true);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    // The filters live in the address, so a reload or a shared link shows the same list.
    const query = toSearch({
      q: filters.q,
      role: filters.role,
      active: filters.active,
      page: filters.page > 1 ? filters.page : undefined,
    });
    window.history.replaceState(window.history.state, '', `/admin/users${query}`);
    usersApi
      .list(
        {
          q: filters.q,
          role: filters.role || undefined,
          active: filters.active || undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        controller.signal,
      )
      .then((result) => {
        setState(
          result.ok ? { status: 'ready', page: result.data } : { status: 'error', message: result.message },
        );
        setBusy(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [filters, attempt]);

  const change = (next: Partial<UserFilters>) => setFilters((current) => ({ ...current, page: 1, ...next }));
  const filtered = filters.q !== '' || filters.role !== '' || filters.active !== '';

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change({ q: search.trim() });
  }

  function clear() {
    setSearch('');
    setFilters({ q: '', role: '', active: '', page: 1 });
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
        <form role="search" onSubmit={onSearch} className="flex min-w-64 flex-1 items-end gap-2">
          <div className="flex-1">
            <label htmlFor="users-search" className="block text-sm font-medium text-slate-700">
              {t('list.search')}
            </label>
            <input
              id="users-search"
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder={t('list.searchPlaceholder')}
              className={`${inputClass} mt-1`}
            />
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {t('list.search')}
          </button>
        </form>
        <div>
          <label htmlFor="users-role" className="block text-sm font-medium text-slate-700">
            {t('list.role')}
          </label>
          <select
            id="users-role"
            value={filters.role}
            onChange={(event) => change({ role: event.target.value as UserFilters['role'] })}
            className={`${inputClass} mt-1`}
          >
            <option value="">{t('list.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="users-active" className="block text-sm font-medium text-slate-700">
            {t('list.status')}
          </label>
          <select
            id="users-active"
            value={filters.active}
            onChange={(event) => change({ active: event.target.value as UserFilters['active'] })}
            className={`${inputClass} mt-1`}
          >
            <option value="">{t('list.allStatuses')}</option>
            <option value="true">{t('list.onlyActive')}</option>
            <option value="false">{t('list.onlyInactive')}</option>
          </select>
        </div>
        {busy && state.status === 'ready' ? (
          <p role="status" className="pb-2 text-sm text-slate-500">
            {tc('states.loading')}
          </p>
        ) : null}
      </div>

      {state.status === 'loading' ? (
        <p role="status" className="text-sm text-slate-600">
          {tc('states.loading')}
        </p>
      ) : state.status === 'error' ? (
        <Notice tone="error">
          <span className="flex flex-wrap items-center justify-between gap-3">
            {tc('states.error', { message: state.message })}
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => setAttempt((n) => n + 1)}
            >
              {tc('actions.retry')}
            </button>
          </span>
        </Notice>
      ) : state.page.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('list.noMatchTitle')}
            body={t('list.noMatchBody')}
            action={
              <button type="button" className={buttonClass('secondary')} onClick={clear}>
                {t('list.clearFilters')}
              </button>
            }
          />
        ) : (
          <EmptyState
            title={t('list.emptyTitle')}
            body={t('list.emptyBody')}
            action={
              <Link href="/admin/users/new" className={buttonClass('primary')}>
                {t('newUser')}
              </Link>
            }
          />
        )
      ) : (
        <>
          <div
            aria-busy={busy}
            className={`overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 ${busy ? 'opacity-60' : ''}`}
          >
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('list.caption')}</caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2.5">
                    {t('list.name')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('list.role')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('list.status')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('list.signIn')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('list.identities')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('list.lastLogin')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {state.page.items.map((user) => (
                  <tr key={user.id} className={user.active ? '' : 'bg-slate-50 text-slate-500'}>
                    <td className="px-4 py-2.5">
                      <Link
                        href={`/admin/users/${user.id}`}
                        className="font-medium text-teal-800 hover:underline focus-visible:underline"
                      >
                        {user.name}
                      </Link>
                      <div className="text-xs text-slate-500">{user.email}</div>
                    </td>
                    <td className="px-4 py-2.5">
                      <RoleBadge role={user.role} />
                    </td>
                    <td className="px-4 py-2.5">
                      <StatusBadge active={user.active} />
                    </td>
                    <td className="px-4 py-2.5 text-slate-600">
                      {user.hasPassword ? t('list.withPassword') : t('list.platformOnly')}
                    </td>
                    <td className="px-4 py-2.5">
                      <span className="flex flex-wrap gap-1">
                        {user.identities.map((identity) => (
                          <IdentityChip
                            key={identity.id}
                            platform={identity.platform}
                            externalId={identity.externalId}
                          />
                        ))}
                      </span>
                    </td>
                    <td className="px-4 py-2.5 whitespace-nowrap text-slate-600">
                      {user.lastLoginAt
                        ? format.dateTime(new Date(user.lastLoginAt), {
                            dateStyle: 'medium',
                            timeStyle: 'short',
                            timeZone: browserTimeZone(),
                          })
                        : t('list.never')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={state.page.page}
            pageSize={state.page.pageSize}
            total={state.page.total}
            onPage={(page) => setFilters((current) => ({ ...current, page }))}
          />
        </>
      )}
    </div>
  );
}
