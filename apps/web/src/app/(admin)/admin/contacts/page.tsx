import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import {
  type ContactFilters,
  type ContactNotice,
  ContactsListClient,
} from '@/components/admin/contacts/contacts-list-client';
import { PageHeader } from '@/components/admin/shared/page-header';
import { buttonClass } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contacts');
  return { title: t('title') };
}

type Search = Record<string, string | string[] | undefined>;

const one = (search: Search, key: string) => (typeof search[key] === 'string' ? search[key] : '');

/** The search from the address; anything unexpected is no search. */
function filtersOf(search: Search): ContactFilters {
  const page = Number.parseInt(one(search, 'page') || '1', 10);
  return { q: one(search, 'q').trim(), page: Number.isFinite(page) && page > 0 ? page : 1 };
}

/** `?created=Ada` after the form saved: said once above the list. */
function noticeOf(search: Search): ContactNotice {
  for (const kind of ['created', 'updated'] as const) {
    const name = one(search, kind);
    if (name) return { kind, name };
  }
  return null;
}

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations('contacts');
  const search = await searchParams;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Link href="/admin/contacts/import" className={buttonClass('secondary')}>
              {t('list.import')}
            </Link>
            <Link href="/admin/contacts/new" className={buttonClass('primary')}>
              {t('list.add')}
            </Link>
          </>
        }
      />
      <ContactsListClient initial={filtersOf(search)} notice={noticeOf(search)} />
    </>
  );
}
