'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { DataTable } from '@/components/admin/shared/data-table';
import { NoMatch } from '@/components/admin/shared/no-match';
import { Reloading, ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { useFiltersInAddress } from '@/components/admin/shared/use-filters-in-address';
import { buttonClass } from '@/components/ui/button';
import { auditApi } from '@/lib/admin/audit-api';
import { actionKey, entityHref, entityTypeKey } from './audit-labels';

export interface AuditFilters {
  entityType: string;
  entityId: string;
  page: number;
}

const PAGE_SIZE = 50;

export function AuditLogClient({ initial }: { initial: AuditFilters }) {
  const t = useTranslations('audit');
  const format = useFormatter();
  const [filters, setFilters] = useState<AuditFilters>(initial);
  const types = useApiResource((signal) => auditApi.entityTypes(signal), []);
  const log = useApiResource(
    (signal) =>
      auditApi.list(
        {
          entityType: filters.entityType || undefined,
          entityId: filters.entityId || undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        signal,
      ),
    [filters],
  );
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  useFiltersInAddress('/admin/audit', filters);

  const entityTypes = types.state.status === 'ready' ? types.state.data.entityTypes : [];
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
        <Reloading resource={log} />
      </div>

      <ResourceView resource={log}>
        {(page) =>
          page.items.length === 0 ? (
            filters.entityType || filters.entityId ? (
              <NoMatch
                title={t('emptyFilteredTitle')}
                body={t('emptyFilteredBody')}
                clearLabel={t('filters.allEntityTypes')}
                onClear={() => setFilters({ entityType: '', entityId: '', page: 1 })}
              />
            ) : (
              <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
            )
          ) : (
            <DataTable
              caption={t('table.caption')}
              columns={[
                { label: t('table.when') },
                { label: t('table.who') },
                { label: t('table.what') },
                { label: t('table.entity') },
              ]}
              busy={log.busy}
              bodyClassName="align-top"
              paging={page}
              onPage={(next) => setFilters((current) => ({ ...current, page: next }))}
            >
              {page.items.map((entry) => {
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
            </DataTable>
          )
        }
      </ResourceView>
    </div>
  );
}
