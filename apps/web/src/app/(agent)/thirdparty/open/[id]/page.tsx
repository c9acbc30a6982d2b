import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CallFormClient } from '@/components/forms/call-form-client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('callForm');
  return {
    title: t('pageTitle'),
    // Per-call links are unguessable and must stay out of search engines and referrers.
    robots: { index: false, follow: false },
  };
}

export default async function CallFormPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CallFormClient key={id} id={id} />;
}
