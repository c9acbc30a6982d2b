import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AgentHistoryClient } from '@/components/reports/agent-history-client';
import { SiteHeader } from '@/components/ui/site-header';
import { requireRole } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports.history');
  return { title: t('agentTitle'), robots: { index: false, follow: false } };
}

/** Supervisors: one agent's calls of the last days. */
export default async function AgentReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole('supervisor');
  const [{ id }, t] = await Promise.all([params, getTranslations('reports')]);
  return (
    <>
      <SiteHeader subtitle={t('subtitle')} />
      <div className="mx-auto max-w-screen-2xl px-4 pt-6 sm:px-6">
        <Link href="/reports" className="text-sm text-teal-800 hover:underline">
          ← {t('backToReports')}
        </Link>
      </div>
      <AgentHistoryClient agentId={id} path={`/reports/agents/${encodeURIComponent(id)}`} linkCalls />
    </>
  );
}
