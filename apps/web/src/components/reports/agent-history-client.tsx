'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TAgentHistory } from '@screenpop/contracts';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Reloading } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { useFiltersInAddress } from '@/components/admin/shared/use-filters-in-address';
import { reportsApi } from '@/lib/reports-api';
import { ReportCallsTable } from './report-calls-table';
import { ReportResource } from './report-panel';
import { HISTORY_DAYS, historyFromSearch, type HistoryView } from './history-query';
import { useReportFormat } from './use-report-format';

const PAGE_SIZE = 25;

/**
 * An agent's calls of the last days, newest first: a supervisor's view of one agent (`agentId`), or
 * the signed-in user's own calls (the platform agents linked to their account).
 */
export function AgentHistoryClient({
  agentId,
  path,
  linkCalls,
}: {
  /** Without it, the signed-in user's own calls. */
  agentId?: string;
  /** The page's address, where the days and the page are kept. */
  path: string;
  /** Whether the calls open their details (a supervisor's pages). */
  linkCalls: boolean;
}) {
  const t = useTranslations('reports.history');
  // From the address as it is now: after the back button too, where the page's first props are stale.
  const search = useSearchParams();
  const [view, setView] = useState<HistoryView>(() =>
    historyFromSearch(Object.fromEntries(search.entries())),
  );
  useFiltersInAddress(path, { days: view.days === HISTORY_DAYS.default ? '' : view.days, page: view.page });
  const history = useApiResource(
    (signal) => {
      const params = { days: view.days, page: view.page, pageSize: PAGE_SIZE };
      return agentId
        ? reportsApi.agentHistory(agentId, params, signal)
        : reportsApi.myHistory(params, signal);
    },
    [agentId, view.days, view.page],
  );
  const data = history.state.status === 'ready' ? history.state.data : null;
  const notFound = history.state.status === 'error' && history.state.error?.statusCode === 404;

  return (
    <main className="mx-auto max-w-screen-2xl space-y-5 px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="history-title">
            {agentId ? (data?.agents[0]?.name ?? t('agentTitle')) : t('myTitle')}
          </h1>
          {data ? <AgentsLine history={data} /> : null}
        </div>
        <div className="flex items-end gap-3">
          <Reloading resource={history} />
          <div>
            <label htmlFor="history-days" className="block text-sm font-medium text-slate-700">
              {t('days')}
            </label>
            <select
              id="history-days"
              value={view.days}
              onChange={(event) => setView({ days: Number(event.target.value), page: 1 })}
              className={`${inputClass} mt-1 w-auto`}
            >
              {HISTORY_DAYS.choices.map((days) => (
                <option key={days} value={days}>
                  {t('lastDays', { days })}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      {notFound ? (
        <EmptyState title={t('notFound')} body={t('notFoundBody')} />
      ) : (
        <section
          aria-labelledby="history-calls-heading"
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id="history-calls-heading" className="sr-only">
            {t('callsHeading', { days: view.days })}
          </h2>
          <ReportResource resource={history}>
            {(page) =>
              !agentId && page.agents.length === 0 ? (
                <EmptyState title={t('noAgentTitle')} body={t('noAgentBody')} />
              ) : page.items.length === 0 ? (
                <EmptyState title={t('empty', { days: page.days })} body={t('emptyBody')} />
              ) : (
                <ReportCallsTable
                  calls={page.items}
                  paging={page}
                  onPage={(next) => setView((current) => ({ ...current, page: next }))}
                  busy={history.busy}
                  callHref={linkCalls ? (id) => `/reports/calls/${encodeURIComponent(id)}` : undefined}
                  showAgent={page.agents.length > 1}
                  testId="history-calls-table"
                />
              )
            }
          </ReportResource>
        </section>
      )}
    </main>
  );
}

/** Which platform agents the history covers, and since when. */
function AgentsLine({ history }: { history: TAgentHistory }) {
  const t = useTranslations('reports');
  const format = useReportFormat();
  if (history.agents.length === 0) return null;
  return (
    <p className="mt-1 text-sm text-slate-600" data-testid="history-agents">
      {t('history.agents', {
        agents: history.agents
          .map((agent) =>
            agent.externalId && agent.externalId !== agent.name
              ? `${agent.name} (${agent.externalId}, ${t(`calls.sources.${agent.source}`)})`
              : `${agent.name} (${t(`calls.sources.${agent.source}`)})`,
          )
          .join(', '),
        since: format.dateTime(history.since),
      })}
    </p>
  );
}
