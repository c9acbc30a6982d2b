'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { DataTable } from '@/components/admin/shared/data-table';
import { ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { buttonClass } from '@/components/ui/button';
import { templatesApi } from '@/lib/admin/templates-api';

const PAGE_SIZE = 25;

/** The tenant's form templates, by name, with a search box. */
export function TemplatesListClient({ deleted }: { deleted?: string }) {
  const t = useTranslations('templates');
  const common = useTranslations('common');
  const format = useFormatter();
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const list = useApiResource(
    async (signal) => {
      const result = await templatesApi.list({ page, pageSize: PAGE_SIZE, q: query || undefined }, signal);
      return result.ok || result.status !== null
        ? result
        : { ...result, message: common('states.networkError') };
    },
    [page, query],
  );

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

      <ResourceView resource={list} failure={(message) => t('list.loadFailed', { message })}>
        {(data) =>
          data.total === 0 ? (
            query ? (
              <EmptyState title={t('list.noMatchTitle', { query })} body={t('list.noMatchBody')} />
            ) : (
              <EmptyState title={t('list.emptyTitle')} body={t('list.emptyBody')} action={newLink} />
            )
          ) : (
            <DataTable
              caption={t('list.caption')}
              columns={[
                { label: t('list.name') },
                { label: t('list.fields') },
                { label: t('list.dispositions') },
                { label: t('list.rules') },
                { label: t('list.updated') },
              ]}
              busy={list.busy}
              testId="templates-table"
              paging={data}
              onPage={setPage}
            >
              {data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className="px-4 py-2.5 text-left font-medium">
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
            </DataTable>
          )
        }
      </ResourceView>
    </div>
  );
}
