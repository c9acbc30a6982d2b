'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  REPORT_HOURLY_MAX_DAYS,
  type TReportDisposition,
  type TReportInterval,
  type TReportPeriod,
} from '@screenpop/contracts';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { useFiltersInAddress } from '@/components/admin/shared/use-filters-in-address';
import { buttonClass } from '@/components/ui/button';
import { reportsApi } from '@/lib/reports-api';
import { DefinitionsLegend, useFigureDefinition } from './figure-definitions';
import { FigureCards } from './figure-cards';
import { DispositionsChart, FormsChart, SeriesCharts } from './report-charts';
import { ReportCallsTable } from './report-calls-table';
import { ReportFilterBar } from './report-filter-bar';
import { IssueList, ReportPanel, ReportResource } from './report-panel';
import {
  DEFAULT_FILTERS,
  addressOf,
  exportHref,
  filtersOf,
  isFiltered,
  nextSort,
  reportQuery,
  splitIssues,
  type ReportFilters,
  type ReportView,
  viewFromSearch,
} from './report-query';
import { AgentsTable, DispositionsTable, QueuesTable, TEXT_COLUMNS } from './report-tables';
import { useReportFormat } from './use-report-format';

const PAGE_SIZE = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

/** How many calendar days the period covers, both ends included. */
const periodDays = (period: TReportPeriod) =>
  Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / DAY_MS) + 1;

/** The supervisors' history reports: filters, figures, charts, tables and the calls, each with its CSV. */
export function ReportsClient({ tenantName }: { tenantName: string }) {
  const t = useTranslations('reports');
  // From the address as it is now: after the back button too, where the page's first props are stale.
  const search = useSearchParams();
  const [view, setView] = useState<ReportView>(() => viewFromSearch(Object.fromEntries(search.entries())));
  useFiltersInAddress('/reports', addressOf(view));

  const filters = filtersOf(view);
  const query = reportQuery(filters);
  const options = useApiResource((signal) => reportsApi.options(signal), []);
  const summary = useApiResource((signal) => reportsApi.summary(query, signal), [query]);
  const series = useApiResource(
    (signal) => reportsApi.series(reportQuery(filters, { interval: view.interval || undefined }), signal),
    [query, view.interval],
  );
  const agents = useApiResource(
    (signal) =>
      reportsApi.agents(reportQuery(filters, { sort: view.agentSort, order: view.agentOrder }), signal),
    [query, view.agentSort, view.agentOrder],
  );
  const queues = useApiResource(
    (signal) =>
      reportsApi.queues(reportQuery(filters, { sort: view.queueSort, order: view.queueOrder }), signal),
    [query, view.queueSort, view.queueOrder],
  );
  const calls = useApiResource(
    (signal) => reportsApi.calls(reportQuery(filters, { page: view.page, pageSize: PAGE_SIZE }), signal),
    [query, view.page],
  );

  const change = (patch: Partial<ReportView>) => setView((current) => ({ ...current, ...patch }));
  const changeFilters = (patch: Partial<ReportFilters>) => change({ ...patch, page: 1 });

  const ready = summary.state.status === 'ready' ? summary.state.data : null;
  const period = ready?.period ?? null;
  const serviceLevelSeconds = ready?.serviceLevelSeconds ?? null;
  const filterError =
    summary.state.status === 'error' && summary.state.error?.statusCode === 400 ? summary.state : null;
  const issues = splitIssues(filterError?.error?.issues);
  const optionsData = options.state.status === 'ready' ? options.state.data : null;

  const dispositionLabel = (item: TReportDisposition) => item.label || item.code || t('dispositions.none');
  const href = (table: Parameters<typeof exportHref>[0]) => exportHref(table, view);
  const busy = [summary, series, agents, queues, calls].some((resource) => resource.busy);

  return (
    <main className="mx-auto max-w-screen-2xl space-y-5 px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('title')}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">
            {t('description')}{' '}
            <span data-testid="report-tenant" className="font-medium text-slate-800">
              {t('tenant', { name: tenantName })}
            </span>
          </p>
        </div>
        <DefinitionsLegend serviceLevelSeconds={serviceLevelSeconds} timeZone={period?.timeZone ?? null} />
      </div>

      <ReportFilterBar
        filters={filters}
        options={optionsData}
        period={period}
        errors={issues.byField}
        onChange={changeFilters}
      />
      {filterError ? (
        <Notice tone="error">
          {t('filters.invalid', { message: filterError.message })}
          <IssueList issues={issues.other} />
        </Notice>
      ) : null}
      {options.state.status === 'error' ? (
        <Notice tone="info">{t('filters.optionsFailed', { message: options.state.message })}</Notice>
      ) : null}

      <PeriodLine period={period} busy={busy} />

      {/* Filters the API refused: said once, at the filters, and nothing to show until they are fixed. */}
      {filterError ? null : (
        <>
          <ReportPanel
            id="report-summary"
            testId="report-summary"
            title={t('summary.title')}
            exportHref={href('summary')}
          >
            <ReportResource resource={summary}>
              {(data) =>
                data.figures.calls === 0 ? (
                  <NoCalls filtered={isFiltered(filters)} onClear={() => changeFilters(DEFAULT_FILTERS)} />
                ) : (
                  <FigureCards figures={data.figures} serviceLevelSeconds={data.serviceLevelSeconds} />
                )
              }
            </ReportResource>
          </ReportPanel>

          <ReportPanel
            id="report-series"
            testId="report-series"
            title={t('series.title')}
            description={t('series.description')}
            exportHref={href('series')}
            aside={
              <IntervalSelect
                value={view.interval}
                hourAllowed={!period || periodDays(period) <= REPORT_HOURLY_MAX_DAYS}
                onChange={(interval) => change({ interval })}
              />
            }
          >
            <ReportResource resource={series}>{(data) => <SeriesCharts series={data} />}</ReportResource>
          </ReportPanel>

          <div className="grid gap-5 xl:grid-cols-2">
            <ReportPanel
              id="report-dispositions"
              testId="report-dispositions"
              title={t('dispositions.title')}
              description={<Definition id="dispositions" serviceLevelSeconds={serviceLevelSeconds} />}
              exportHref={href('dispositions')}
            >
              <ReportResource resource={summary}>
                {(data) => (
                  <div className="space-y-4">
                    <DispositionsChart dispositions={data.dispositions} label={dispositionLabel} />
                    <DispositionsTable dispositions={data.dispositions} label={dispositionLabel} />
                  </div>
                )}
              </ReportResource>
            </ReportPanel>
            <ReportPanel
              id="report-forms"
              testId="report-forms"
              title={t('forms.title')}
              description={t('forms.description')}
            >
              <ReportResource resource={summary}>
                {(data) => <FormsChart figures={data.figures} />}
              </ReportResource>
            </ReportPanel>
          </div>

          <ReportPanel
            id="report-agents"
            testId="report-agents"
            title={t('agents.title')}
            exportHref={href('agents')}
          >
            <ReportResource resource={agents}>
              {(data) => (
                <AgentsTable
                  rows={data.rows}
                  sort={{ sort: view.agentSort, order: view.agentOrder }}
                  onSort={(column) => {
                    const next = nextSort(
                      { sort: view.agentSort, order: view.agentOrder },
                      column,
                      TEXT_COLUMNS,
                    );
                    change({ agentSort: next.sort, agentOrder: next.order });
                  }}
                  serviceLevelSeconds={serviceLevelSeconds ?? 20}
                  busy={agents.busy}
                />
              )}
            </ReportResource>
          </ReportPanel>

          <ReportPanel
            id="report-queues"
            testId="report-queues"
            title={t('queues.title')}
            exportHref={href('queues')}
          >
            <ReportResource resource={queues}>
              {(data) => (
                <QueuesTable
                  rows={data.rows}
                  sort={{ sort: view.queueSort, order: view.queueOrder }}
                  onSort={(column) => {
                    const next = nextSort(
                      { sort: view.queueSort, order: view.queueOrder },
                      column,
                      TEXT_COLUMNS,
                    );
                    change({ queueSort: next.sort, queueOrder: next.order });
                  }}
                  serviceLevelSeconds={serviceLevelSeconds ?? 20}
                  busy={queues.busy}
                />
              )}
            </ReportResource>
          </ReportPanel>

          <ReportPanel
            id="report-calls"
            testId="report-calls"
            title={t('calls.title')}
            description={t('calls.description')}
            exportHref={href('calls')}
          >
            <ReportResource resource={calls}>
              {(page) =>
                page.items.length === 0 ? (
                  <NoCalls filtered={isFiltered(filters)} onClear={() => changeFilters(DEFAULT_FILTERS)} />
                ) : (
                  <ReportCallsTable
                    calls={page.items}
                    paging={page}
                    onPage={(next) => change({ page: next })}
                    busy={calls.busy}
                    callHref={(id) => `/reports/calls/${encodeURIComponent(id)}`}
                    agentHref={(id) => `/reports/agents/${encodeURIComponent(id)}`}
                  />
                )
              }
            </ReportResource>
          </ReportPanel>
        </>
      )}
    </main>
  );
}

/** The period the figures cover, in words, and whether the next figures are on their way. */
function PeriodLine({ period, busy }: { period: TReportPeriod | null; busy: boolean }) {
  const t = useTranslations('reports');
  // Days and hours are the reports' time zone; a call's time is the browser's, as on its own page.
  const format = useReportFormat();
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
      {period ? (
        <p data-testid="report-period" data-from={period.from} data-to={period.to}>
          {period.from === period.to
            ? t('period.day', { date: format.day(period.from), timeZone: period.timeZone })
            : t('period.range', {
                from: format.day(period.from),
                to: format.day(period.to),
                timeZone: period.timeZone,
              })}
          {format.timeZone !== period.timeZone ? (
            <> · {t('period.browserZone', { timeZone: format.timeZone })}</>
          ) : null}
        </p>
      ) : null}
      {busy ? (
        <p role="status" className="text-slate-500">
          {t('states.loading')}
        </p>
      ) : null}
    </div>
  );
}

function Definition({ id, serviceLevelSeconds }: { id: 'dispositions'; serviceLevelSeconds: number | null }) {
  const define = useFigureDefinition(serviceLevelSeconds);
  return <>{define(id)}</>;
}

function NoCalls({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const t = useTranslations('reports');
  return (
    <EmptyState
      title={t('empty.title')}
      body={filtered ? t('empty.filtered') : t('empty.body')}
      action={
        filtered ? (
          <button type="button" className={buttonClass('secondary')} onClick={onClear}>
            {t('filters.reset')}
          </button>
        ) : undefined
      }
    />
  );
}

/** Calls per hour or per day; hours only for short periods. */
function IntervalSelect({
  value,
  hourAllowed,
  onChange,
}: {
  value: TReportInterval | '';
  hourAllowed: boolean;
  onChange: (value: TReportInterval | '') => void;
}) {
  const t = useTranslations('reports.series');
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="report-interval" className="text-sm text-slate-700">
        {t('interval')}
      </label>
      <select
        id="report-interval"
        value={value}
        onChange={(event) => onChange(event.target.value as TReportInterval | '')}
        className={`${inputClass} w-auto py-1.5`}
      >
        <option value="">{t('intervals.auto')}</option>
        <option value="hour" disabled={!hourAllowed && value !== 'hour'}>
          {t('intervals.hour')}
        </option>
        <option value="day">{t('intervals.day')}</option>
      </select>
    </div>
  );
}
