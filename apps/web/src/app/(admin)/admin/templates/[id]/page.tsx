import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TemplateEditClient } from '@/components/admin/templates/template-edit-client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('templates');
  return { title: t('edit.title') };
}

export default async function EditTemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string | string[] }>;
}) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  return <TemplateEditClient key={id} id={id} justCreated={created === '1'} />;
}
