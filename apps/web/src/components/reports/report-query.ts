import {
  AGENT_REPORT_COLUMNS,
  QUEUE_REPORT_COLUMNS,
  REPORT_PERIOD_PRESETS,
  ZCallDirection,
  ZPlatform,
  type TCallDirection,
  type TPlatform,
  type TReportExportTable,
  type TReportInterval,
  type TReportPeriodPreset,
} from '@screenpop/contracts';
import { toSearch } from '../../lib/admin/search-params';

/** The reports' filters as the page holds them: '' is "every …". */
export interface ReportFilters {
  period: TReportPeriodPreset;
  /** YYYY-MM-DD, for a custom period only. */
  from: string;
  to: string;
  source: TPlatform | '';
  queue: string;
  agent: string;
  /** A disposition code, `none`, or ''. */
  disposition: string;
  direction: TCallDirection | '';
}

export type SortOrder = 'asc' | 'desc';
export type AgentColumn = (typeof AGENT_REPORT_COLUMNS)[number];
export type QueueColumn = (typeof QUEUE_REPORT_COLUMNS)[number];
export interface SortState<C extends string> {
  sort: C;
  order: SortOrder;
}

/** Everything the reports page keeps in its address. */
export interface ReportView extends ReportFilters {
  /** '' lets the API choose (hours for up to two days, else days). */
  interval: TReportInterval | '';
  agentSort: AgentColumn;
  agentOrder: SortOrder;
  queueSort: QueueColumn;
  queueOrder: SortOrder;
  /** The call list's page. */
  page: number;
}

export const DEFAULT_FILTERS: ReportFilters = {
  period: 'today',
  from: '',
  to: '',
  source: '',
  queue: '',
  agent: '',
  disposition: '',
  direction: '',
};

/** The API's own defaults (ZAgentReportQuery, ZQueueReportQuery). */
export const DEFAULT_VIEW: ReportView = {
  ...DEFAULT_FILTERS,
  interval: '',
  agentSort: 'answered',
  agentOrder: 'desc',
  queueSort: 'offered',
  queueOrder: 'desc',
  page: 1,
};

/** The filters' names as the API's query parameters (and its 400 issues' paths) say them. */
export const FILTER_FIELDS = [
  'period',
  'from',
  'to',
  'source',
  'queue',
  'agent',
  'disposition',
  'direction',
] as const satisfies readonly (keyof ReportFilters)[];
export type FilterField = (typeof FILTER_FIELDS)[number];

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T =>
  (values as readonly string[]).includes(value) ? (value as T) : fallback;

type Search = Record<string, string | string[] | undefined>;

/**
 * The page's state from its address. Unknown choices fall back to the defaults; free values (ids,
 * dates of a custom period) are kept as they are, and the API says what is wrong with them.
 */
export function viewFromSearch(search: Search): ReportView {
  const one = (key: string) => {
    const value = search[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const period = oneOf(REPORT_PERIOD_PRESETS, one('period'), 'today');
  const page = Number.parseInt(one('page') || '1', 10);
  return {
    period,
    from: period === 'custom' ? one('from') : '',
    to: period === 'custom' ? one('to') : '',
    source: oneOf<TPlatform | ''>(ZPlatform.options, one('source'), ''),
    queue: one('queue'),
    agent: one('agent'),
    disposition: one('disposition'),
    direction: oneOf<TCallDirection | ''>(ZCallDirection.options, one('direction'), ''),
    interval: oneOf<TReportInterval | ''>(['hour', 'day'], one('interval'), ''),
    agentSort: oneOf(AGENT_REPORT_COLUMNS, one('agentSort'), DEFAULT_VIEW.agentSort),
    agentOrder: oneOf<SortOrder>(['asc', 'desc'], one('agentOrder'), DEFAULT_VIEW.agentOrder),
    queueSort: oneOf(QUEUE_REPORT_COLUMNS, one('queueSort'), DEFAULT_VIEW.queueSort),
    queueOrder: oneOf<SortOrder>(['asc', 'desc'], one('queueOrder'), DEFAULT_VIEW.queueOrder),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function filtersOf(view: ReportView): ReportFilters {
  const { period, from, to, source, queue, agent, disposition, direction } = view;
  return { period, from, to, source, queue, agent, disposition, direction };
}

/** The filters as query parameters: the set ones only, and the dates only for a custom period. */
export function filterParams(filters: ReportFilters): Record<string, string> {
  const params: Record<string, string> = { period: filters.period };
  if (filters.period === 'custom') {
    if (filters.from) params.from = filters.from;
    if (filters.to) params.to = filters.to;
  }
  for (const key of ['source', 'queue', 'agent', 'disposition', 'direction'] as const) {
    if (filters[key]) params[key] = filters[key];
  }
  return params;
}

/** `?period=…&source=…` for a report's request, with the report's own parameters after the filters. */
export function reportQuery(
  filters: ReportFilters,
  extra: Record<string, string | number | undefined> = {},
): string {
  return toSearch({ ...filterParams(filters), ...extra });
}

/** The parameters a table's export takes besides the filters: the series' interval, a table's sort. */
export function exportExtra(table: TReportExportTable, view: ReportView): Record<string, string | undefined> {
  switch (table) {
    case 'series':
      return { interval: view.interval || undefined };
    case 'agents':
      return { sort: view.agentSort, order: view.agentOrder };
    case 'queues':
      return { sort: view.queueSort, order: view.queueOrder };
    default:
      return {};
  }
}

/** Where a table's CSV is downloaded from, with the filters on screen. */
export function exportHref(table: TReportExportTable, view: ReportView): string {
  return `/api/reports/export/${table}${reportQuery(filtersOf(view), exportExtra(table, view))}`;
}

/**
 * What the address keeps: the values that differ from the defaults (the rest is left out, so
 * `/reports` alone is today's report). `useFiltersInAddress` leaves out the empty ones and page 1.
 */
export function addressOf(view: ReportView): Record<keyof ReportView, string | number> & { page: number } {
  const differs = <K extends keyof ReportView>(key: K) =>
    view[key] === DEFAULT_VIEW[key] ? '' : String(view[key]);
  return {
    period: differs('period'),
    from: view.period === 'custom' ? view.from : '',
    to: view.period === 'custom' ? view.to : '',
    source: view.source,
    queue: view.queue,
    agent: view.agent,
    disposition: view.disposition,
    direction: view.direction,
    interval: view.interval,
    agentSort: differs('agentSort'),
    agentOrder: differs('agentOrder'),
    queueSort: differs('queueSort'),
    queueOrder: differs('queueOrder'),
    page: view.page,
  };
}

/** Whether any filter narrows the calls (the period aside). */
export function isFiltered(filters: ReportFilters): boolean {
  return Boolean(
    filters.source || filters.queue || filters.agent || filters.disposition || filters.direction,
  );
}

/** Whether the date is a calendar day as the API takes it (YYYY-MM-DD). */
export const isLocalDate = (value: string) => LOCAL_DATE.test(value);

/**
 * The next sort after a click on a column's header: the same column flips its order, another one
 * starts with its natural order (names A to Z, figures largest first).
 */
export function nextSort<C extends string>(
  current: SortState<C>,
  column: C,
  textColumns: readonly C[] = [],
): SortState<C> {
  if (current.sort === column) return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: column, order: textColumns.includes(column) ? 'asc' : 'desc' };
}

/** A header's `aria-sort`: only the sorted column says how. */
export function ariaSort<C extends string>(
  current: SortState<C>,
  column: C,
): 'ascending' | 'descending' | 'none' {
  if (current.sort !== column) return 'none';
  return current.order === 'asc' ? 'ascending' : 'descending';
}

/** The filters an API 400 names, with its message; the issues that are not about a filter are kept apart. */
export function splitIssues(issues: readonly { path: string; message: string }[] | undefined): {
  byField: Partial<Record<FilterField, string>>;
  other: { path: string; message: string }[];
} {
  const byField: Partial<Record<FilterField, string>> = {};
  const other: { path: string; message: string }[] = [];
  for (const issue of issues ?? []) {
    const field = (FILTER_FIELDS as readonly string[]).includes(issue.path)
      ? (issue.path as FilterField)
      : null;
    if (field && !byField[field]) byField[field] = issue.message;
    else if (!field) other.push(issue);
  }
  return { byField, other };
}
