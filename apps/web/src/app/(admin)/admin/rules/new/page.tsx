import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RuleEditorClient } from '@/components/admin/rules/rule-editor-client';
import { PageHeader } from '@/components/admin/shared/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rules');
  return { title: t('newRule') };
}

export default async function NewRulePage() {
  const t = await getTranslations('rules');
  return (
    <>
      <PageHeader title={t('newRule')} description={t('editor.newDescription')} />
      <RuleEditorClient />
    </>
  );
}
