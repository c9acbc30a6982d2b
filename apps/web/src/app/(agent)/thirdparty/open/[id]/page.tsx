import type { Metadata } from 'next';
import { CallFormClient } from '@/components/forms/call-form-client';

export const metadata: Metadata = {
  title: 'Call report',
  // Per-call links are unguessable and must stay out of search engines and referrers.
  robots: { index: false, follow: false },
};

export default async function CallFormPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CallFormClient key={id} id={id} />;
}
