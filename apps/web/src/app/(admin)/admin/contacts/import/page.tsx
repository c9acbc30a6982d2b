import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ContactsImportClient } from '@/components/admin/contacts/contacts-import-client';
import { PageHeader } from '@/components/admin/shared/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contacts');
  return { title: t('import.title') };
}

export default async function ImportContactsPage() {
  const t = await getTranslations('contacts');
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <ContactsImportClient />
    </>
  );
}
