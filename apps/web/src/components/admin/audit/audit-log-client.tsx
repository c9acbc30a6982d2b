'use client';

import type { TAuditEntry, TPage } from '@screenpop/contracts';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { Pagination } from '@/components/admin/shared/pagination';
import { buttonClass } from '@/components/ui/button';
import { auditApi } from '@/lib/admin/audit-api';
import { toSearch } from '@/lib/admin/search-params';
import { actionKey, entityHref, entityTypeKey } from './audit-labels';

export interface AuditFilters {
  entityType: string;
  entityId: string;
  page: number;
}

const PAGE_SIZE = 50;

type LogState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; page: TPage<TAuditEntry> };

export function AuditLogClient({ initial }: { initial: AuditFilters }) {
  const t = useTranslations('audit');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [filters, setFilters] = useState<AuditFilters>(initial);
  const [state, setState] = useState<LogState>({ status: 'loading' });
  const [busy, setBusy] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const [entityTypes, setEntityTypes] = useState<string[]>([]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  useEffect(() => {
    const controller = new AbortController();
    auditApi
      .entityTypes(controller.signal)
      .then((result) => {
        if (result.ok) setEntityTypes(result.data.entityTypes);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    const query = toSearch({
      entityType: filters.entityType,
      entityId: filters.entityId,
      page: filters.page > 1 ? filters.page : undefined,
    });
    window.history.replaceState(window.history.state, '', `/admin/audit${query}`);
    auditApi
      .list(
        {
          entityType: filters.entityType || undefined,
          entityId: filters.entityId || undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        controller.signal,
      )
      .then((result) => {
        setState(
          result.ok ? { status: 'ready', page: result.data } : { status: 'error', message: result.message },
        );
        setBusy(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [filters, attempt]);

  const label = (key: string | null, fallback: string) => (key && t.has(key) ? t(key) : fallback);
  const typeLabel = (type: string) => label(entityTypeKey(type), type);
  const options =
    filters.entityType && !entityTypes.includes(filters.entityType)
      ? [...entityTypes, filters.entityType]
      : entityTypes;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
        <div>
          <label htmlFor="audit-entity-type" className="block text-sm font-medium text-slate-700">
            {t('filters.entityType')}
          </label>
          <select
            id="audit-entity-type"
            value={filters.entityType}
            onChange={(event) => setFilters({ entityType: event.target.value, entityId: '', page: 1 })}
            className={`${inputClass} mt-1`}
          >
            <option value="">{t('filters.allEntityTypes')}</option>
            {options.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        {filters.entityId ? (
          <p className="flex flex-wrap items-center gap-2 pb-2 text-sm text-slate-700">
            {t('filters.entity', {
              type: typeLabel(filters.entityType).toLowerCase(),
              id: filters.entityId.slice(0, 8),
            })}
            <button
              type="button"
              className={buttonClass('ghost')}
              onClick={() => setFilters((current) => ({ ...current, entityId: '', page: 1 }))}
            >
              {t('filters.clearEntity', { type: typeLabel(filters.entityType).toLowerCase() })}
            </button>
          </p>
        ) : null}
        {busy && state.status === 'ready' ? (
          <p role="status" className="pb-2 text-sm text-slate-500">
            {tc('states.loading')}
          </p>
        ) : null}
      </div>

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
        filters.entityType || filters.entityId ? (
          <EmptyState
            title={t('emptyFilteredTitle')}
            body={t('emptyFilteredBody')}
            action={
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={() => setFilters({ entityType: '', entityId: '', page: 1 })}
              >
                {t('filters.allEntityTypes')}
              </button>
            }
          />
        ) : (
          <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
        )
      ) : (
        <>
          <div
            aria-busy={busy}
            className={`overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 ${busy ? 'opacity-60' : ''}`}
          >
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('table.caption')}</caption>
              <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2.5">
                    {t('table.when')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('table.who')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('table.what')}
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    {t('table.entity')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {state.page.items.map((entry) => {
                  const href = entityHref(entry.entityType, entry.entityId);
                  return (
                    <tr key={entry.id}>
                      <td className="px-4 py-2.5 whitespace-nowrap text-slate-600">
                        <time dateTime={entry.createdAt}>
                          {format.dateTime(new Date(entry.createdAt), {
                            dateStyle: 'medium',
                            timeStyle: 'medium',
                            timeZone,
                          })}
                        </time>
                      </td>
                      <td className="px-4 py-2.5">
                        {entry.actorEmail}
                        {entry.actorId ? null : (
                          <span className="block text-xs text-slate-500">{t('table.deletedActor')}</span>
                        )}
                      </td>
                      <td className="px-4 py-2.5">
                        <span className="font-medium text-slate-900">
                          {label(actionKey(entry.action), entry.action)}
                        </span>
                        <span className="block text-slate-600">{entry.summary}</span>
                        {entry.changes !== null && entry.changes !== undefined ? (
                          <details className="mt-1 text-xs text-slate-500">
                            <summary className="cursor-pointer">{t('table.changes')}</summary>
                            <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-50 p-2 whitespace-pre-wrap">
                              {JSON.stringify(entry.changes, null, 2)}
                            </pre>
                          </details>
                        ) : null}
                      </td>
                      <td className="px-4 py-2.5 whitespace-nowrap">
                        <span className="text-slate-700">{typeLabel(entry.entityType)}</span>
                        {entry.entityId ? (
                          <span className="block font-mono text-xs text-slate-500" title={entry.entityId}>
                            {href ? (
                              <Link href={href} className="text-teal-800 hover:underline">
                                {entry.entityId.slice(0, 8)}
                              </Link>
                            ) : (
                              entry.entityId.slice(0, 8)
                            )}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
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
    </div>
  );
}
