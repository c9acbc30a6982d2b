'use client';

import type { TContactPage, TContactView } from '@screenpop/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { Pagination } from '@/components/admin/shared/pagination';
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

type ListState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; page: TContactPage };

export function ContactsListClient({ initial, notice }: { initial: ContactFilters; notice: ContactNotice }) {
  const t = useTranslations('contacts');
  const tc = useTranslations('common');
  const [filters, setFilters] = useState<ContactFilters>(initial);
  const [search, setSearch] = useState(initial.q);
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [busy, setBusy] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<ContactNotice>(notice);
  const [deleting, setDeleting] = useState<TContactView | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    // The search lives in the address, so a reload or the back button shows the same list.
    const params = new URLSearchParams();
    if (filters.q) params.set('q', filters.q);
    if (filters.page > 1) params.set('page', String(filters.page));
    const query = params.toString();
    window.history.replaceState(window.history.state, '', `/admin/contacts${query ? `?${query}` : ''}`);
    contactsApi
      .list({ q: filters.q || undefined, page: filters.page, pageSize: PAGE_SIZE }, controller.signal)
      .then((result) => {
        if (result.ok && result.data.items.length === 0 && filters.page > 1) {
          // The last page emptied (a deletion): show the one before it.
          setFilters((current) => ({
            ...current,
            page: Math.max(1, Math.ceil(result.data.total / PAGE_SIZE)),
          }));
          return;
        }
        setState(
          result.ok ? { status: 'ready', page: result.data } : { status: 'error', message: result.message },
        );
        setBusy(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [filters, attempt]);

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
    setAttempt((n) => n + 1);
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
        {busy && state.status === 'ready' ? (
          <p role="status" className="pb-2 text-sm text-slate-500">
            {tc('states.loading')}
          </p>
        ) : null}
      </form>

      {state.status === 'loading' ? (
        <p role="status" className="text-sm text-slate-600">
          {tc('states.loading')}
        </p>
      ) : state.status === 'error' ? (
        <Notice tone="error">
          <span className="flex flex-wrap items-center justify-between gap-3">
            {tc('states.error', { message: state.message })}
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => setAttempt((n) => n + 1)}
            >
              {tc('actions.retry')}
            </button>
          </span>
        </Notice>
      ) : state.page.items.length === 0 ? (
        filters.q ? (
          <EmptyState
            title={t('list.noMatchTitle', { q: filters.q })}
            body={t('list.noMatchBody')}
            action={
              <button type="button" className={buttonClass('secondary')} onClick={clearSearch}>
                {t('list.clearSearch')}
              </button>
            }
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
        <>
          <div
            aria-busy={busy}
            className={`overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 ${busy ? 'opacity-60' : ''}`}
          >
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('list.caption')}</caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2.5">
                    {t('fields.name')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('fields.company')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('fields.email')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('fields.phones')}
                  </th>
                  <th scope="col" className="px-4 py-2.5 text-right">
                    <span className="sr-only">{t('list.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {state.page.items.map((contact) => (
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
              </tbody>
            </table>
          </div>
          <Pagination
            page={state.page.page}
            pageSize={state.page.pageSize}
            total={state.page.total}
            onPage={(page) => setFilters((current) => ({ ...current, page }))}
          />
        </>
      )}

      {deleting ? (
        <DeleteContactDialog contact={deleting} onClose={() => setDeleting(null)} onDeleted={onDeleted} />
      ) : null}
    </div>
  );
}
