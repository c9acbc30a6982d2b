import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { type AuditFilters, AuditLogClient } from '@/components/admin/audit/audit-log-client';
import { PageHeader } from '@/components/admin/shared/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

type Search = Record<string, string | string[] | undefined>;

/** The log's filters from the address; anything unexpected is no filter. */
function filtersOf(search: Search): AuditFilters {
  const one = (key: string) => (typeof search[key] === 'string' ? search[key].trim() : '');
  const page = Number.parseInt(one('page') || '1', 10);
  return {
    entityType: one('entityType'),
    entityId: one('entityType') ? one('entityId') : '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations('audit');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AuditLogClient initial={filtersOf(await searchParams)} />
    </>
  );
}
