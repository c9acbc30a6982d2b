import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/shared/page-header';
import { type UserFilters, UsersListClient } from '@/components/admin/users/users-list-client';
import { buttonClass } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title') };
}

type Search = Record<string, string | string[] | undefined>;

/** The list's filters from the address; anything unexpected is no filter. */
function filtersOf(search: Search): UserFilters {
  const one = (key: string) => (typeof search[key] === 'string' ? search[key] : '');
  const role = one('role');
  const active = one('active');
  const page = Number.parseInt(one('page') || '1', 10);
  return {
    q: one('q').trim(),
    role: role === 'admin' || role === 'supervisor' || role === 'agent' ? role : '',
    active: active === 'true' || active === 'false' ? active : '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations('users');
  const initial = filtersOf(await searchParams);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/admin/users/new" className={buttonClass('primary')}>
            {t('newUser')}
          </Link>
        }
      />
      <UsersListClient initial={initial} />
    </>
  );
}
