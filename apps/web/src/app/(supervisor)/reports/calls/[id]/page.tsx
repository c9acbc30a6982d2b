import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CallDetailClient } from '@/components/reports/call-detail-client';
import { SiteHeader } from '@/components/ui/site-header';
import { requireRole } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports.call');
  return { title: t('pageTitle'), robots: { index: false, follow: false } };
}

/** Supervisors: one call's details, its form and its timeline. */
export default async function ReportCallPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('supervisor');
  const [{ id }, t] = await Promise.all([params, getTranslations('reports')]);
  return (
    <>
      <SiteHeader subtitle={t('subtitle')} />
      <main className="mx-auto max-w-screen-2xl space-y-4 px-4 py-6 sm:px-6">
        <Link href="/reports" className="text-sm text-teal-800 hover:underline">
          ← {t('backToReports')}
        </Link>
        <CallDetailClient id={id} />
      </main>
    </>
  );
}
