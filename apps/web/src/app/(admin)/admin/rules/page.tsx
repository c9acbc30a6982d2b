import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RulesListClient } from '@/components/admin/rules/rules-list-client';
import { PageHeader } from '@/components/admin/shared/page-header';
import { buttonClass } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rules');
  return { title: t('title') };
}

type Search = Record<string, string | string[] | undefined>;

export default async function RulesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const t = await getTranslations('rules');
  const search = await searchParams;
  // After the editor saves, it comes back here naming the rule.
  const created = typeof search.created === 'string' ? search.created : null;
  const updated = typeof search.updated === 'string' ? search.updated : null;
  const notice = created
    ? t('list.createdNotice', { name: created })
    : updated
      ? t('list.updatedNotice', { name: updated })
      : null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/admin/rules/new" className={buttonClass('primary')}>
            {t('newRule')}
          </Link>
        }
      />
      <RulesListClient notice={notice} />
    </>
  );
}
