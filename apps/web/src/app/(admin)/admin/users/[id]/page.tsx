import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { UserEditClient } from '@/components/admin/users/user-edit-client';
import { currentUser } from '@/lib/server/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('users');
  return { title: t('title') };
}

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, search, t, me] = await Promise.all([
    params,
    searchParams,
    getTranslations('users'),
    currentUser(),
  ]);
  return (
    <>
      <Link href="/admin/users" className="text-sm text-teal-800 hover:underline">
        ← {t('backToList')}
      </Link>
      <UserEditClient id={id} selfId={me?.id ?? null} created={search.created === '1'} />
    </>
  );
}
