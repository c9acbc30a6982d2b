import type { Metadata } from 'next';
import { roleAllows } from '@screenpop/contracts';
import { getTranslations } from 'next-intl/server';
import { AgentHistoryClient } from '@/components/reports/agent-history-client';
import { SiteHeader } from '@/components/ui/site-header';
import { requireRole } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports.history');
  return { title: t('myTitle'), robots: { index: false, follow: false } };
}

/** Anyone signed in: the calls of the platform agents linked to their account. */
export default async function MyCallsPage() {
  const user = await requireRole('agent');
  return (
    <>
      <SiteHeader />
      <AgentHistoryClient path="/my/calls" linkCalls={roleAllows(user.role, 'supervisor')} />
    </>
  );
}
