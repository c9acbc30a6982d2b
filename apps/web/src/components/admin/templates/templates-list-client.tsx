'use client';

import type { TFormTemplateListItem, TPage } from '@screenpop/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { Pagination } from '@/components/admin/shared/pagination';
import { buttonClass } from '@/components/ui/button';
import { templatesApi } from '@/lib/admin/templates-api';

const PAGE_SIZE = 25;

type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'loaded'; page: TPage<TFormTemplateListItem> };

/** The tenant's form templates, by name, with a search box. */
export function TemplatesListClient({ deleted }: { deleted?: string }) {
  const t = useTranslations('templates');
  const common = useTranslations('common');
  const format = useFormatter();
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [busy, setBusy] = useState(true);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    templatesApi
      .list({ page, pageSize: PAGE_SIZE, q: query || undefined }, controller.signal)
      .then((result) => {
        setBusy(false);
        if (result.ok) setState({ kind: 'loaded', page: result.data });
        else
          setState({
            kind: 'failed',
            message: result.status === null ? common('states.networkError') : result.message,
          });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [page, query, attempt, common]);

  const newLink = (
    <Link href="/admin/templates/new" className={buttonClass('primary')}>
      {t('list.new')}
    </Link>
  );

  return (
    <div className="space-y-4">
      {deleted ? <Notice tone="success">{t('list.deleted', { name: deleted })}</Notice> : null}

      <form
        role="search"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setPage(1);
          setQuery(typed.trim());
        }}
      >
        <div className="w-full max-w-xs">
          <label htmlFor="templates-search" className="block text-sm font-medium text-slate-700">
            {t('list.search')}
          </label>
          <input
            id="templates-search"
            type="search"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            className={`mt-1 bg-white ${inputClass}`}
          />
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          {t('list.searchButton')}
        </button>
      </form>

      {state.kind === 'loading' ? (
        <p role="status" className="text-sm text-slate-600">
          {common('states.loading')}
        </p>
      ) : state.kind === 'failed' ? (
        <div className="space-y-2">
          <Notice tone="error">{t('list.loadFailed', { message: state.message })}</Notice>
          <button type="button" className={buttonClass('secondary')} onClick={() => setAttempt((n) => n + 1)}>
            {common('actions.retry')}
          </button>
        </div>
      ) : state.page.total === 0 ? (
        query ? (
          <EmptyState title={t('list.noMatchTitle', { query })} body={t('list.noMatchBody')} />
        ) : (
          <EmptyState title={t('list.emptyTitle')} body={t('list.emptyBody')} action={newLink} />
        )
      ) : (
        <div aria-busy={busy}>
          <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            <table className="min-w-full text-left text-sm" data-testid="templates-table">
              <caption className="sr-only">{t('list.caption')}</caption>
              <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2.5 font-medium">
                    {t('list.name')}
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-medium">
                    {t('list.fields')}
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-medium">
                    {t('list.dispositions')}
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-medium">
                    {t('list.rules')}
                  </th>
                  <th scope="col" className="px-4 py-2.5 font-medium">
                    {t('list.updated')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {state.page.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="px-4 py-2.5 font-medium">
                      <Link
                        href={`/admin/templates/${item.id}`}
                        className="text-teal-800 underline-offset-2 hover:underline"
                      >
                        {item.name}
                      </Link>
                    </th>
                    <td className="px-4 py-2.5 text-slate-700">{item.fieldCount}</td>
                    <td className="px-4 py-2.5 text-slate-700">{item.dispositionCount}</td>
                    <td className="px-4 py-2.5 text-slate-700">
                      {item.ruleCount === 0 ? (
                        <span className="text-slate-500">{t('list.unused')}</span>
                      ) : (
                        t('list.ruleCount', { count: item.ruleCount })
                      )}
                    </td>
                    <td className="px-4 py-2.5 whitespace-nowrap text-slate-600">
                      {format.dateTime(new Date(item.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={state.page.page}
            pageSize={state.page.pageSize}
            total={state.page.total}
            onPage={setPage}
          />
        </div>
      )}
    </div>
  );
}
