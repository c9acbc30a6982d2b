import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/ui/site-header';

export default async function Forbidden() {
  const t = await getTranslations('common.forbidden');
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-xl px-4 py-16">
        <p className="text-sm font-semibold text-rose-700">403</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-3 text-slate-600">{t('body')}</p>
        <Link href="/" className="mt-6 inline-block text-sm font-medium text-teal-700 hover:underline">
          {t('home')}
        </Link>
      </main>
    </>
  );
}
