import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginFormClient } from '@/components/auth/login-form-client';
import { SiteHeader } from '@/components/ui/site-header';
import { safeReturnPath } from '@/lib/safe-return-path';
import { currentUser } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next ?? null);
  if (await currentUser()) redirect(next);
  const t = await getTranslations('auth');
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-sm px-4 py-16">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-2 text-sm text-slate-600">{t('intro')}</p>
        <LoginFormClient next={next} />
        <p className="mt-6 text-xs text-slate-500">{t('agents')}</p>
      </main>
    </>
  );
}
