'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type {
  TAgentReportRow,
  TQueueReportRow,
  TReportDisposition,
  TReportFigureId,
} from '@screenpop/contracts';
import { DataTable, type Column } from '@/components/admin/shared/data-table';
import { EmptyState } from '@/components/admin/shared/empty-state';
import type { FigureKind } from './report-format';
import { ariaSort, type AgentColumn, type QueueColumn, type SortState } from './report-query';
import { useFigureDefinition } from './figure-definitions';
import { useReportFormat } from './use-report-format';

interface ColumnSpec<C extends string> {
  column: C;
  kind: FigureKind | 'text';
  /** Its definition's id in REPORT_FIGURES, shown as the header's title. */
  figure?: TReportFigureId;
}

const AGENT_COLUMNS: ColumnSpec<AgentColumn>[] = [
  { column: 'name', kind: 'text' },
  { column: 'answered', kind: 'count', figure: 'answered' },
  { column: 'missed', kind: 'count', figure: 'missed' },
  { column: 'avgTalkSeconds', kind: 'duration', figure: 'avgTalk' },
  { column: 'avgWrapUpSeconds', kind: 'duration', figure: 'avgWrapUp' },
  { column: 'ahtSeconds', kind: 'duration', figure: 'aht' },
  { column: 'formsOpened', kind: 'count', figure: 'formsOpened' },
  { column: 'formsCompleted', kind: 'count', figure: 'formsCompleted' },
];

const QUEUE_COLUMNS: ColumnSpec<QueueColumn>[] = [
  { column: 'name', kind: 'text' },
  { column: 'offered', kind: 'count', figure: 'offered' },
  { column: 'answered', kind: 'count', figure: 'answered' },
  { column: 'abandoned', kind: 'count', figure: 'abandoned' },
  { column: 'abandonRate', kind: 'percent', figure: 'abandonRate' },
  { column: 'asaSeconds', kind: 'duration', figure: 'asa' },
  { column: 'serviceLevel', kind: 'percent', figure: 'serviceLevel' },
  { column: 'ahtSeconds', kind: 'duration', figure: 'aht' },
  { column: 'longestWaitSeconds', kind: 'duration', figure: 'longestWait' },
];

/** The columns sorted A to Z first; the others start with the largest. */
export const TEXT_COLUMNS = ['name'] as const;

/** A column header that sorts the table (on the server) when clicked; the header says how it is sorted. */
function SortButton<C extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: C;
  label: string;
  sort: SortState<C>;
  onSort: (column: C) => void;
}) {
  const state = ariaSort(sort, column);
  return (
    <button
      type="button"
      onClick={() => onSort(column)}
      data-testid={`report-sort-${column}`}
      className="inline-flex items-center gap-1 rounded font-semibold tracking-wide uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600"
    >
      {label}
      <span aria-hidden="true" className={state === 'none' ? 'text-slate-300' : 'text-teal-700'}>
        {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
      </span>
    </button>
  );
}

function useColumns<C extends string>(
  specs: ColumnSpec<C>[],
  area: 'agents' | 'queues',
  sort: SortState<C>,
  onSort: (column: C) => void,
  serviceLevelSeconds: number,
): Column[] {
  const t = useTranslations('reports');
  const define = useFigureDefinition(serviceLevelSeconds);
  const name = (column: string) => t(`${area}.columns.${column}`);
  return specs.map((spec) => ({
    label: (
      <span title={spec.figure ? define(spec.figure) : undefined}>
        <SortButton column={spec.column} label={name(spec.column)} sort={sort} onSort={onSort} />
      </span>
    ),
    sort: ariaSort(sort, spec.column),
    className: spec.kind === 'text' ? 'whitespace-nowrap' : 'text-right whitespace-nowrap',
  }));
}

const numberCell = 'py-2 pr-4 last:pr-0 text-right font-mono whitespace-nowrap tabular-nums';

/** The agents' figures over the period; each agent links to their call history. */
export function AgentsTable({
  rows,
  sort,
  onSort,
  serviceLevelSeconds,
  busy,
}: {
  rows: readonly TAgentReportRow[];
  sort: SortState<AgentColumn>;
  onSort: (column: AgentColumn) => void;
  serviceLevelSeconds: number;
  busy: boolean;
}) {
  const t = useTranslations('reports');
  const format = useReportFormat();
  const columns = useColumns(AGENT_COLUMNS, 'agents', sort, onSort, serviceLevelSeconds);
  if (rows.length === 0) return <EmptyState title={t('agents.empty')} body={t('agents.emptyBody')} />;
  return (
    <DataTable
      caption={t('agents.caption')}
      columns={columns}
      look="plain"
      busy={busy}
      testId="report-agents-table"
    >
      {rows.map((row) => (
        <tr key={row.agentId} data-testid="report-agent-row" data-agent-id={row.agentId} data-name={row.name}>
          <th scope="row" className="py-2 pr-4 text-left font-medium">
            <Link
              href={`/reports/agents/${encodeURIComponent(row.agentId)}`}
              className="text-teal-800 hover:underline"
            >
              {row.name}
            </Link>
            <span className="block text-xs font-normal text-slate-500">
              {row.externalId} · {t(`filters.sources.${row.source}`)}
            </span>
          </th>
          {AGENT_COLUMNS.slice(1).map((spec) => (
            <td key={spec.column} data-testid={`report-agent-${spec.column}`} className={numberCell}>
              {format.figure(spec.kind as FigureKind, row[spec.column as Exclude<AgentColumn, 'name'>])}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

/** The queues' figures over the period; the calls that reached no queue have a row of their own. */
export function QueuesTable({
  rows,
  sort,
  onSort,
  serviceLevelSeconds,
  busy,
}: {
  rows: readonly TQueueReportRow[];
  sort: SortState<QueueColumn>;
  onSort: (column: QueueColumn) => void;
  serviceLevelSeconds: number;
  busy: boolean;
}) {
  const t = useTranslations('reports');
  const format = useReportFormat();
  const columns = useColumns(QUEUE_COLUMNS, 'queues', sort, onSort, serviceLevelSeconds);
  if (rows.length === 0) return <EmptyState title={t('queues.empty')} />;
  return (
    <DataTable
      caption={t('queues.caption')}
      columns={columns}
      look="plain"
      busy={busy}
      testId="report-queues-table"
    >
      {rows.map((row) => (
        <tr key={row.queueId ?? 'none'} data-testid="report-queue-row" data-name={row.name ?? ''}>
          <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
            {row.name ?? <span className="font-normal text-slate-500 italic">{t('queues.noQueue')}</span>}
            {row.source ? (
              <span className="block text-xs font-normal text-slate-500">
                {t(`filters.sources.${row.source}`)}
              </span>
            ) : null}
          </th>
          {QUEUE_COLUMNS.slice(1).map((spec) => (
            <td key={spec.column} data-testid={`report-queue-${spec.column}`} className={numberCell}>
              {format.figure(spec.kind as FigureKind, row[spec.column as Exclude<QueueColumn, 'name'>])}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

/** Completed forms by disposition, with each one's share. */
export function DispositionsTable({
  dispositions,
  label,
}: {
  dispositions: readonly TReportDisposition[];
  label: (item: TReportDisposition) => string;
}) {
  const t = useTranslations('reports.dispositions');
  const format = useReportFormat();
  if (dispositions.length === 0) return null;
  return (
    <DataTable
      caption={t('caption')}
      look="plain"
      testId="report-dispositions-table"
      columns={[
        { label: t('columns.disposition') },
        { label: t('columns.code') },
        { label: t('columns.count'), className: 'text-right' },
        { label: t('columns.share'), className: 'text-right' },
      ]}
    >
      {dispositions.map((item) => (
        <tr key={item.code ?? 'none'} data-testid="report-disposition-row" data-code={item.code ?? ''}>
          <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
            {label(item)}
          </th>
          <td className="py-2 pr-4 font-mono text-xs text-slate-500">{item.code ?? '—'}</td>
          <td className="py-2 pr-4 last:pr-0 text-right font-mono tabular-nums">
            {format.count(item.count)}
          </td>
          <td className="py-2 pr-4 last:pr-0 text-right font-mono tabular-nums">
            {format.percent(item.share)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
