'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';

/** "1–25 of 312" with previous and next; hidden when everything fits on one page. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useTranslations('common.pagination');
  if (total <= pageSize && page === 1) return null;
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label={t('label')}
      className="mt-4 flex items-center justify-between gap-3 text-sm text-slate-600"
    >
      <span>{t('range', { from, to, total })}</span>
      <span className="flex gap-2">
        <button
          type="button"
          className={buttonClass('secondary')}
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          {t('previous')}
        </button>
        <button
          type="button"
          className={buttonClass('secondary')}
          disabled={to >= total}
          onClick={() => onPage(page + 1)}
        >
          {t('next')}
        </button>
      </span>
    </nav>
  );
}
