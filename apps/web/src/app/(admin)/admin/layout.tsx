import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AdminNavClient } from '@/components/admin/shared/admin-nav-client';
import { SiteHeader } from '@/components/ui/site-header';
import { requireRole } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.admin');
  return {
    title: { default: t('title'), template: `%s · ${t('title')} · Screenpop` },
    robots: { index: false },
  };
}

/** Every page under /admin is for administrators: sign-in first, a 403 page for other roles. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole('admin');
  const t = await getTranslations('common.admin');
  return (
    <>
      <SiteHeader subtitle={t('title')} />
      <div className="mx-auto flex max-w-screen-2xl flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row">
        <AdminNavClient />
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </>
  );
}
