import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { WallboardClient } from '@/components/wallboard/wallboard-client';
import { SiteHeader } from '@/components/ui/site-header';
import { publicApiUrl } from '@/lib/server/public-api-url';
import { requireRole } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wallboard');
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function WallboardPage() {
  // Rendered per request: PUBLIC_API_URL is read where the server runs, not where it was built.
  await connection();
  await requireRole('supervisor');
  const t = await getTranslations('wallboard');
  return (
    <div className="min-h-screen bg-slate-950">
      <SiteHeader subtitle={t('subtitle')} />
      <WallboardClient publicApiUrl={publicApiUrl(process.env.PUBLIC_API_URL)} />
    </div>
  );
}
