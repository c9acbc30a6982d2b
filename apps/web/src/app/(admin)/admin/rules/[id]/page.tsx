import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RuleEditorClient } from '@/components/admin/rules/rule-editor-client';
import { PageHeader } from '@/components/admin/shared/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rules');
  return { title: t('editor.editTitle') };
}

export default async function EditRulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations('rules');
  return (
    <>
      <PageHeader title={t('editor.editTitle')} description={t('editor.editDescription')} />
      <RuleEditorClient ruleId={id} />
    </>
  );
}
