'use client';

import type { TContactView } from '@screenpop/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { DataTable } from '@/components/admin/shared/data-table';
import { NoMatch } from '@/components/admin/shared/no-match';
import { Reloading, ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { useFiltersInAddress } from '@/components/admin/shared/use-filters-in-address';
import { buttonClass } from '@/components/ui/button';
import { contactsApi } from '@/lib/admin/contacts-api';
import { DeleteContactDialog } from './delete-contact-dialog';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

export interface ContactFilters {
  q: string;
  page: number;
}

/** What the previous page did (`?created=Ada`), said once above the list. */
export type ContactNotice = { kind: 'created' | 'updated' | 'deleted'; name: string } | null;

export function ContactsListClient({ initial, notice }: { initial: ContactFilters; notice: ContactNotice }) {
  const t = useTranslations('contacts');
  const [filters, setFilters] = useState<ContactFilters>(initial);
  const [search, setSearch] = useState(initial.q);
  const [message, setMessage] = useState<ContactNotice>(notice);
  const [deleting, setDeleting] = useState<TContactView | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const list = useApiResource(
    async (signal) => {
      const result = await contactsApi.list(
        { q: filters.q || undefined, page: filters.page, pageSize: PAGE_SIZE },
        signal,
      );
      if (result.ok && result.data.items.length === 0 && filters.page > 1) {
        // The last page emptied (a deletion): show the one before it.
        setFilters((current) => ({
          ...current,
          page: Math.max(1, Math.ceil(result.data.total / PAGE_SIZE)),
        }));
        return null;
      }
      return result;
    },
    [filters],
  );

  useFiltersInAddress('/admin/contacts', filters);

  // Searching as the person types, once they pause.
  useEffect(() => {
    const q = search.trim();
    if (q === filters.q) return;
    const timer = window.setTimeout(() => setFilters({ q, page: 1 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, filters.q]);

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = search.trim();
    if (q !== filters.q) setFilters({ q, page: 1 });
  }

  function clearSearch() {
    setSearch('');
    setFilters({ q: '', page: 1 });
    searchInput.current?.focus();
  }

  function onDeleted(contact: TContactView) {
    setDeleting(null);
    setMessage({ kind: 'deleted', name: contact.name });
    list.reload();
  }

  return (
    <div className="space-y-4">
      {message ? <Notice tone="success">{t(`list.${message.kind}`, { name: message.name })}</Notice> : null}

      <form
        role="search"
        onSubmit={onSearch}
        className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200"
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="contacts-search" className="block text-sm font-medium text-slate-700">
            {t('list.search')}
          </label>
          <input
            ref={searchInput}
            id="contacts-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t('list.searchPlaceholder')}
            className={`${inputClass} mt-1`}
          />
        </div>
        <Reloading resource={list} />
      </form>

      <ResourceView resource={list}>
        {(page) =>
          page.items.length === 0 ? (
            filters.q ? (
              <NoMatch
                title={t('list.noMatchTitle', { q: filters.q })}
                body={t('list.noMatchBody')}
                clearLabel={t('list.clearSearch')}
                onClear={clearSearch}
              />
            ) : (
              <EmptyState
                title={t('list.emptyTitle')}
                body={t('list.emptyBody')}
                action={
                  <span className="flex flex-wrap justify-center gap-2">
                    <Link href="/admin/contacts/new" className={buttonClass('primary')}>
                      {t('list.add')}
                    </Link>
                    <Link href="/admin/contacts/import" className={buttonClass('secondary')}>
                      {t('list.import')}
                    </Link>
                  </span>
                }
              />
            )
          ) : (
            <DataTable
              caption={t('list.caption')}
              columns={[
                { label: t('fields.name') },
                { label: t('fields.company') },
                { label: t('fields.email') },
                { label: t('fields.phones') },
                { label: t('list.actions'), hidden: true, className: 'text-right' },
              ]}
              busy={list.busy}
              paging={page}
              onPage={(next) => setFilters((current) => ({ ...current, page: next }))}
            >
              {page.items.map((contact) => (
                <tr key={contact.id} className="align-top hover:bg-slate-50">
                  <th scope="row" className="px-4 py-2.5 text-left font-medium text-slate-900">
                    <Link href={`/admin/contacts/${contact.id}`} className="hover:underline">
                      {contact.name}
                    </Link>
                  </th>
                  <td className="px-4 py-2.5 text-slate-700">{contact.company ?? '—'}</td>
                  <td className="px-4 py-2.5 text-slate-700">{contact.email ?? '—'}</td>
                  <td className="px-4 py-2.5 font-mono text-xs text-slate-700">
                    <ul>
                      {contact.phones.map((phone) => (
                        <li key={phone}>{phone}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="px-4 py-2 text-right whitespace-nowrap">
                    <Link
                      href={`/admin/contacts/${contact.id}`}
                      aria-label={t('list.editLabel', { name: contact.name })}
                      className={buttonClass('ghost')}
                    >
                      {t('list.edit')}
                    </Link>
                    <button
                      type="button"
                      aria-label={t('list.deleteLabel', { name: contact.name })}
                      className={buttonClass('ghost', 'text-rose-700 hover:text-rose-800')}
                      onClick={() => setDeleting(contact)}
                    >
                      {t('list.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </ResourceView>

      {deleting ? (
        <DeleteContactDialog contact={deleting} onClose={() => setDeleting(null)} onDeleted={onDeleted} />
      ) : null}
    </div>
  );
}
