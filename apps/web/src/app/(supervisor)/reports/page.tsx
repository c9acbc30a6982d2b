import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReportsClient } from '@/components/reports/reports-client';
import { SiteHeader } from '@/components/ui/site-header';
import { requireRole } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Supervisors: the history reports of their own tenant, filtered from the address. */
export default async function ReportsPage() {
  const user = await requireRole('supervisor');
  const t = await getTranslations('reports');
  return (
    <>
      <SiteHeader subtitle={t('subtitle')} />
      <ReportsClient tenantName={user.tenant.name} />
    </>
  );
}
