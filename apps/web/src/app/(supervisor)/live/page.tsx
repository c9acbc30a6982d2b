import type { Metadata } from 'next';
import { connection } from 'next/server';
import { LiveClient } from '@/components/live/live-client';
import { SiteHeader } from '@/components/ui/site-header';
import { publicApiUrl } from '@/lib/server/public-api-url';
import { requireRole } from '@/lib/server/session';

export const metadata: Metadata = { title: 'Live calls', robots: { index: false, follow: false } };

export default async function LivePage() {
  // Rendered per request: PUBLIC_API_URL is read where the server runs, not where it was built.
  await connection();
  await requireRole('supervisor');
  return (
    <>
      <SiteHeader subtitle="Supervisor" />
      <LiveClient publicApiUrl={publicApiUrl(process.env.PUBLIC_API_URL)} />
    </>
  );
}
