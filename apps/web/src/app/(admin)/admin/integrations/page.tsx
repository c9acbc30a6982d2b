import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { IntegrationsClient } from '@/components/admin/integrations/integrations-client';
import { PageHeader } from '@/components/admin/shared/page-header';
import { publicApiUrl } from '@/lib/server/public-api-url';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('integrations');
  return { title: t('title') };
}

export default async function IntegrationsPage() {
  // Rendered per request: PUBLIC_API_URL is read where the server runs, not where it was built.
  await connection();
  const t = await getTranslations('integrations');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <IntegrationsClient publicApiUrl={publicApiUrl(process.env.PUBLIC_API_URL)} />
    </>
  );
}
