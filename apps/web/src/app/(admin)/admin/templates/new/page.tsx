import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/shared/page-header';
import { TemplateBuilderClient } from '@/components/admin/templates/template-builder-client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('templates');
  return { title: t('new.title') };
}

export default async function NewTemplatePage() {
  const t = await getTranslations('templates');
  return (
    <>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <TemplateBuilderClient template={null} />
    </>
  );
}
