'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { TCallOutcome, TReportCall } from '@screenpop/contracts';
import { DataTable } from '@/components/admin/shared/data-table';
import { useFigureDefinition } from './figure-definitions';
import { useReportFormat } from './use-report-format';

const outcomeStyle: Record<TCallOutcome, string> = {
  answered: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  abandoned: 'bg-rose-50 text-rose-800 ring-rose-200',
  outbound: 'bg-sky-50 text-sky-800 ring-sky-200',
  unresolved: 'bg-amber-50 text-amber-900 ring-amber-200',
};

/** How a call went, as a badge whose title says what the outcome means. */
export function OutcomeBadge({ outcome }: { outcome: TCallOutcome }) {
  const t = useTranslations('reports.calls');
  const define = useFigureDefinition(null);
  return (
    <span
      title={define('outcome')}
      data-testid="report-call-outcome"
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${outcomeStyle[outcome]}`}
    >
      {t(`outcomes.${outcome}`)}
    </span>
  );
}

const cell = 'py-2 pr-4 last:pr-0';

/**
 * A page of calls, newest first. With `callHref` each call opens its details; with `agentHref` its
 * agent opens their history.
 */
export function ReportCallsTable({
  calls,
  paging,
  onPage,
  busy,
  timeZone,
  callHref,
  agentHref,
  showAgent = true,
  testId = 'report-calls-table',
}: {
  calls: readonly TReportCall[];
  paging: { page: number; pageSize: number; total: number };
  onPage: (page: number) => void;
  busy: boolean;
  timeZone?: string;
  callHref?: (id: string) => string;
  agentHref?: (id: string) => string;
  showAgent?: boolean;
  testId?: string;
}) {
  const t = useTranslations('reports.calls');
  const format = useReportFormat(timeZone);
  const columns = [
    { label: t('columns.when') },
    { label: t('columns.call') },
    { label: t('columns.caller') },
    { label: t('columns.queue') },
    ...(showAgent ? [{ label: t('columns.agent') }] : []),
    { label: t('columns.wait'), className: 'text-right' },
    { label: t('columns.talk'), className: 'text-right' },
    { label: t('columns.wrapUp'), className: 'text-right' },
    { label: t('columns.form') },
    { label: t('columns.disposition') },
  ];
  return (
    <DataTable
      caption={t('caption')}
      columns={columns}
      look="plain"
      busy={busy}
      testId={testId}
      paging={paging}
      onPage={onPage}
    >
      {calls.map((call) => (
        <tr
          key={call.id}
          data-testid="report-call-row"
          data-call-id={call.id}
          data-external-id={call.externalCallId}
          data-outcome={call.outcome}
        >
          <td className={`${cell} whitespace-nowrap`}>
            {callHref ? (
              <Link
                href={callHref(call.id)}
                className="font-medium text-teal-800 hover:underline"
                data-testid="report-call-link"
              >
                <time dateTime={call.ringingAt}>{format.shortDateTime(call.ringingAt)}</time>
                <span className="sr-only"> {t('open', { caller: call.caller || t('unknownCaller') })}</span>
              </Link>
            ) : (
              <time dateTime={call.ringingAt}>{format.shortDateTime(call.ringingAt)}</time>
            )}
          </td>
          <td className={`${cell} whitespace-nowrap`}>
            <OutcomeBadge outcome={call.outcome} />
            <span className="block text-xs text-slate-500">
              {t(`directions.${call.direction}`)} · {t(`sources.${call.source}`)}
            </span>
          </td>
          <td className={cell}>
            <span className="font-mono">{call.caller || '—'}</span>
            {call.callerName ? <span className="block text-xs text-slate-500">{call.callerName}</span> : null}
          </td>
          <td className={cell}>{call.queueName ?? <span className="text-slate-400">—</span>}</td>
          {showAgent ? (
            <td className={cell}>
              {call.agentId && call.agentName && agentHref ? (
                <Link href={agentHref(call.agentId)} className="text-teal-800 hover:underline">
                  {call.agentName}
                </Link>
              ) : (
                (call.agentName ?? <span className="text-slate-400">—</span>)
              )}
            </td>
          ) : null}
          <td className={`${cell} text-right font-mono tabular-nums`}>{format.seconds(call.waitSeconds)}</td>
          <td className={`${cell} text-right font-mono tabular-nums`}>{format.seconds(call.talkSeconds)}</td>
          <td className={`${cell} text-right font-mono tabular-nums`}>
            {format.seconds(call.wrapUpSeconds)}
          </td>
          <td className={`${cell} whitespace-nowrap`}>
            {call.formStatus ? t(`formStatus.${call.formStatus}`) : <span className="text-slate-400">—</span>}
          </td>
          <td className={cell} data-testid="report-call-disposition">
            {call.disposition ? (
              (call.dispositionLabel ?? call.disposition)
            ) : (
              <span className="text-slate-400">—</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
