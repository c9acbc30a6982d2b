'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const SECTIONS = ['rules', 'templates', 'contacts', 'integrations', 'users', 'audit'] as const;

export function AdminNavClient() {
  const t = useTranslations('common.admin');
  const pathname = usePathname();
  return (
    <nav aria-label={t('sections')} className="lg:w-52 lg:shrink-0">
      <ul className="flex gap-1 overflow-x-auto lg:flex-col">
        {SECTIONS.map((section) => {
          const href = `/admin/${section}`;
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={section}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 text-sm whitespace-nowrap ${
                  current
                    ? 'bg-teal-50 font-medium text-teal-900 ring-1 ring-teal-200'
                    : 'text-slate-600 hover:bg-white hover:text-slate-900'
                }`}
              >
                {t(section)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
