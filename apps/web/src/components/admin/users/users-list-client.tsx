'use client';

import type { TUserRole } from '@screenpop/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { DataTable } from '@/components/admin/shared/data-table';
import { NoMatch } from '@/components/admin/shared/no-match';
import { Reloading, ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { useFiltersInAddress } from '@/components/admin/shared/use-filters-in-address';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { browserTimeZone, IdentityChip, RoleBadge, StatusBadge } from './user-badges';

export interface UserFilters {
  q: string;
  role: TUserRole | '';
  active: 'true' | 'false' | '';
  page: number;
}

const PAGE_SIZE = 25;
const ROLES: TUserRole[] = ['admin', 'supervisor', 'agent'];

export function UsersListClient({ initial }: { initial: UserFilters }) {
  const t = useTranslations('users');
  const format = useFormatter();
  const [filters, setFilters] = useState<UserFilters>(initial);
  const [search, setSearch] = useState(initial.q);
  const list = useApiResource(
    (signal) =>
      usersApi.list(
        {
          q: filters.q,
          role: filters.role || undefined,
          active: filters.active || undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [filters],
  );

  useFiltersInAddress('/admin/users', filters);

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
        <Reloading resource={list} />
      </div>

      <ResourceView resource={list}>
        {(page) =>
          page.items.length === 0 ? (
            filtered ? (
              <NoMatch
                title={t('list.noMatchTitle')}
                body={t('list.noMatchBody')}
                clearLabel={t('list.clearFilters')}
                onClear={clear}
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
            <DataTable
              caption={t('list.caption')}
              columns={[
                { label: t('list.name') },
                { label: t('list.role') },
                { label: t('list.status') },
                { label: t('list.signIn') },
                { label: t('list.identities') },
                { label: t('list.lastLogin') },
              ]}
              busy={list.busy}
              paging={page}
              onPage={(next) => setFilters((current) => ({ ...current, page: next }))}
            >
              {page.items.map((user) => (
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
            </DataTable>
          )
        }
      </ResourceView>
    </div>
  );
}
