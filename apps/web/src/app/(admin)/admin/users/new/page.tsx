import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/shared/page-header';
import { UserCreateClient } from '@/components/admin/users/user-create-client';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('newUser') };
}

export default async function NewUserPage() {
  const t = await getTranslations('users');
  return (
    <>
      <Link href="/admin/users" className="text-sm text-teal-800 hover:underline">
        ← {t('backToList')}
      </Link>
      <PageHeader title={t('newUser')} />
      <UserCreateClient />
    </>
  );
}
