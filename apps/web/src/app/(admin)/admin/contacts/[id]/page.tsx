import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ContactFormClient } from '@/components/admin/contacts/contact-form-client';
import { PageHeader } from '@/components/admin/shared/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contacts');
  return { title: t('form.editTitle') };
}

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations('contacts');
  return (
    <>
      <PageHeader title={t('form.editTitle')} description={t('form.description')} />
      <ContactFormClient id={id} />
    </>
  );
}
