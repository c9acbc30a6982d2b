import {
  ZAgentHistory,
  ZAgentReport,
  ZQueueReport,
  ZReportCallDetail,
  ZReportCallPage,
  ZReportOptions,
  ZReportSeries,
  ZReportSummary,
  type TAgentHistory,
  type TAgentReport,
  type TQueueReport,
  type TReportCallDetail,
  type TReportCallPage,
  type TReportOptions,
  type TReportSeries,
  type TReportSummary,
} from '@screenpop/contracts';
import { request } from '@/lib/api-client';
import { toSearch } from '@/lib/admin/search-params';

const callPath = (id: string) => `/api/reports/calls/${encodeURIComponent(id)}`;

/** The history reports' calls; `query` is `reportQuery(…)` of the filters on screen. */
export const reportsApi = {
  /** The tenant's queues, agents and template dispositions, for the filters. */
  options: (signal?: AbortSignal) =>
    request<TReportOptions>('/api/reports/options', ZReportOptions, { signal }),
  summary: (query: string, signal?: AbortSignal) =>
    request<TReportSummary>(`/api/reports/summary${query}`, ZReportSummary, { signal }),
  series: (query: string, signal?: AbortSignal) =>
    request<TReportSeries>(`/api/reports/series${query}`, ZReportSeries, { signal }),
  agents: (query: string, signal?: AbortSignal) =>
    request<TAgentReport>(`/api/reports/agents${query}`, ZAgentReport, { signal }),
  queues: (query: string, signal?: AbortSignal) =>
    request<TQueueReport>(`/api/reports/queues${query}`, ZQueueReport, { signal }),
  calls: (query: string, signal?: AbortSignal) =>
    request<TReportCallPage>(`/api/reports/calls${query}`, ZReportCallPage, { signal }),
  call: (id: string, signal?: AbortSignal) =>
    request<TReportCallDetail>(callPath(id), ZReportCallDetail, { signal }),

  /** Supervisors: an agent's calls of the last `days` days. */
  agentHistory: (id: string, params: HistoryParams, signal?: AbortSignal) =>
    request<TAgentHistory>(
      `/api/reports/agents/${encodeURIComponent(id)}/calls${toSearch({ ...params })}`,
      ZAgentHistory,
      { signal },
    ),
  /** Anyone signed in: the calls of the platform agents linked to their account. */
  myHistory: (params: HistoryParams, signal?: AbortSignal) =>
    request<TAgentHistory>(`/api/me/calls${toSearch({ ...params })}`, ZAgentHistory, { signal }),
};

export interface HistoryParams {
  days: number;
  page: number;
  pageSize: number;
}
