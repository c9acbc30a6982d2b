import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ContactFormClient } from '@/components/admin/contacts/contact-form-client';
import { PageHeader } from '@/components/admin/shared/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contacts');
  return { title: t('form.newTitle') };
}

export default async function NewContactPage() {
  const t = await getTranslations('contacts');
  return (
    <>
      <PageHeader title={t('form.newTitle')} description={t('form.description')} />
      <ContactFormClient />
    </>
  );
}
