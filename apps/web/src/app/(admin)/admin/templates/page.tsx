import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/shared/page-header';
import { TemplatesListClient } from '@/components/admin/templates/templates-list-client';
import { buttonClass } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('templates');
  return { title: t('list.title') };
}

export default async function TemplatesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string | string[] }>;
}) {
  const t = await getTranslations('templates');
  const { deleted } = await searchParams;
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <Link href="/admin/templates/new" className={buttonClass('primary')}>
            {t('list.new')}
          </Link>
        }
      />
      <TemplatesListClient deleted={typeof deleted === 'string' ? deleted : undefined} />
    </>
  );
}
