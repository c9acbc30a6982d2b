'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { TReportCallDetail, TTimelineEntry } from '@screenpop/contracts';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { LoadError } from '@/components/admin/shared/load-error';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { Card } from '@/components/ui/card';
import { reportsApi } from '@/lib/reports-api';
import { OutcomeBadge } from './report-calls-table';
import { formatSeconds } from './report-format';
import { useReportFormat } from './use-report-format';

type Detail = TReportCallDetail;

/** One call of the reports: what the platforms said of it, its form, and every step in order. */
export function CallDetailClient({ id }: { id: string }) {
  const t = useTranslations('reports.call');
  const resource = useApiResource((signal) => reportsApi.call(id, signal), [id]);
  const { state } = resource;
  if (state.status === 'loading') {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    if (state.error?.statusCode === 404 || state.error?.statusCode === 400) {
      return <EmptyState title={t('notFound')} body={t('notFoundBody')} />;
    }
    return (
      <LoadError
        message={state.message}
        text={t('failed', { message: state.message })}
        onRetry={resource.reload}
      />
    );
  }
  return <CallDetail detail={state.data} />;
}

function CallDetail({ detail }: { detail: Detail }) {
  const t = useTranslations('reports');
  const { call } = detail;
  const party = call.direction === 'outbound' ? call.callee : call.caller;
  return (
    <div className="space-y-5" data-testid="report-call" data-call-id={call.id}>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {call.direction === 'outbound'
            ? t('call.titleTo', { number: party || t('calls.unknownCaller') })
            : t('call.titleFrom', { number: party || t('calls.unknownCaller') })}
        </h1>
        <OutcomeBadge outcome={call.outcome} />
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <CallCard detail={detail} />
        <FormCard form={detail.form} />
      </div>
      <TimelineCard timeline={detail.timeline} ringingAt={call.ringingAt} />
    </div>
  );
}

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm font-medium break-words text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

const none = <span className="font-normal text-slate-400">—</span>;

function CallCard({ detail }: { detail: Detail }) {
  const t = useTranslations('reports');
  const format = useReportFormat();
  const { call } = detail;
  const userData =
    call.userData !== null &&
    call.userData !== undefined &&
    !(isRecord(call.userData) && isEmpty(call.userData))
      ? call.userData
      : null;
  return (
    <Card title={t('call.details')} headingId="report-call-details">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 @md:grid-cols-3">
        <Item label={t('call.caller')} testId="report-call-caller">
          <span className="font-mono">{call.caller || '—'}</span>
          {call.callerName ? (
            <span className="block font-normal text-slate-600">{call.callerName}</span>
          ) : null}
        </Item>
        <Item label={t('call.callee')}>
          <span className="font-mono">{call.callee || '—'}</span>
        </Item>
        <Item label={t('call.direction')}>{t(`calls.directions.${call.direction}`)}</Item>
        <Item label={t('call.source')}>{t(`calls.sources.${call.source}`)}</Item>
        <Item label={t('call.state')}>{t(`call.states.${call.state}`)}</Item>
        <Item label={t('call.queue')}>{call.queueName ?? none}</Item>
        <Item label={t('call.agent')} testId="report-call-agent">
          {call.agentId && call.agentName ? (
            <Link
              href={`/reports/agents/${encodeURIComponent(call.agentId)}`}
              className="text-teal-800 hover:underline"
            >
              {call.agentName}
            </Link>
          ) : (
            (call.agentName ?? none)
          )}
        </Item>
        <Item label={t('call.ringingAt')}>{format.dateTime(call.ringingAt)}</Item>
        <Item label={t('call.answeredAt')}>{call.answeredAt ? format.dateTime(call.answeredAt) : none}</Item>
        <Item label={t('call.endedAt')}>{call.endedAt ? format.dateTime(call.endedAt) : none}</Item>
        <Item label={t('call.wait')}>{format.seconds(call.waitSeconds)}</Item>
        <Item label={t('call.talk')}>{format.seconds(call.talkSeconds)}</Item>
        <Item label={t('call.wrapUp')}>{format.seconds(call.wrapUpSeconds)}</Item>
        <Item label={t('call.hangupReason')}>{call.hangupReason ?? none}</Item>
        <Item label={t('call.externalId')}>
          <span className="font-mono text-xs">{call.externalCallId}</span>
        </Item>
      </dl>
      {userData !== null ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-teal-800 hover:underline">
            {t('call.userData')}
          </summary>
          <pre className="mt-2 max-h-80 overflow-auto rounded bg-slate-50 p-3 text-xs whitespace-pre-wrap text-slate-800">
            {JSON.stringify(userData, null, 2)}
          </pre>
        </details>
      ) : null}
    </Card>
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: Record<string, unknown>) => Object.keys(value).length === 0;

/** A form value as text: yes/no for a checkbox, JSON for anything structured. */
function valueText(value: unknown, yesNo: (yes: boolean) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function FormCard({ form }: { form: Detail['form'] }) {
  const t = useTranslations('reports.call.form');
  const format = useReportFormat();
  if (!form) {
    return (
      <Card title={t('title')} headingId="report-call-form">
        <p className="text-sm text-slate-600" data-testid="report-call-no-form">
          {t('none')}
        </p>
      </Card>
    );
  }
  // The template's fields first, in its order and by their labels; values of fields it no longer has after.
  const labels = new Map(form.fields.map((field) => [field.name, field.label]));
  const order = new Map(form.fields.map((field, index) => [field.name, index]));
  const values = Object.entries(form.data).sort(
    ([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  );
  return (
    <Card title={t('title')} headingId="report-call-form">
      <div data-testid="report-call-form" data-status={form.status} className="space-y-4">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-3">
          <Item label={t('formTitle')}>{form.title ?? none}</Item>
          <Item label={t('template')}>{form.templateName ?? none}</Item>
          <Item label={t('status')} testId="report-call-form-status">
            {t(`statuses.${form.status}`)}
          </Item>
          <Item label={t('disposition')} testId="report-call-form-disposition">
            {form.disposition ? (
              <>
                {form.dispositionLabel ?? form.disposition}
                {form.dispositionLabel ? (
                  <span className="ml-1 font-mono text-xs font-normal text-slate-500">
                    ({form.disposition})
                  </span>
                ) : null}
              </>
            ) : (
              none
            )}
          </Item>
          <Item label={t('openedAt')}>{form.openedAt ? format.dateTime(form.openedAt) : none}</Item>
          <Item label={t('completedAt')}>{form.completedAt ? format.dateTime(form.completedAt) : none}</Item>
          <Item label={t('wrapUp')}>{format.seconds(form.wrapUpSeconds)}</Item>
          <Item label={t('autopause')}>
            {form.autopause ? t('autopauseOn', { reason: form.autopauseReason ?? '—' }) : t('autopauseOff')}
          </Item>
        </dl>
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{t('values')}</h3>
          {values.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{t('noValues')}</p>
          ) : (
            <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
              {values.map(([name, value]) => (
                <div key={name} className="contents" data-testid="report-call-form-value" data-name={name}>
                  <dt className="text-xs text-slate-500">
                    {labels.get(name) ?? <span className="font-mono">{name}</span>}
                  </dt>
                  <dd className="whitespace-pre-line text-slate-900">
                    {valueText(value, (yes) => (yes ? t('yes') : t('no')))}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
    </Card>
  );
}

const kindStyle: Record<TTimelineEntry['kind'], string> = {
  event: 'bg-sky-500',
  form: 'bg-teal-600',
  autopause: 'bg-violet-500',
};

/** Every step of the call, oldest first, on a vertical line. */
function TimelineCard({ timeline, ringingAt }: { timeline: readonly TTimelineEntry[]; ringingAt: string }) {
  const t = useTranslations('reports.call.timeline');
  const format = useReportFormat();
  const start = Date.parse(ringingAt);
  const typeLabel = (entry: TTimelineEntry) => {
    const key = `types.${entry.kind}.${entry.type}`;
    return t.has(key) ? t(key) : entry.type;
  };
  return (
    <Card title={t('title')} headingId="report-call-timeline">
      {timeline.length === 0 ? (
        <p className="text-sm text-slate-600">{t('empty')}</p>
      ) : (
        <ol className="relative ml-2 border-l-2 border-slate-200" data-testid="report-timeline">
          {timeline.map((entry, index) => {
            const offset = (Date.parse(entry.at) - start) / 1000;
            return (
              <li
                key={`${entry.at}-${index}`}
                data-testid="report-timeline-entry"
                data-kind={entry.kind}
                data-type={entry.type}
                className="relative pb-5 pl-6 last:pb-0"
              >
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[7px] size-3 rounded-full ring-4 ring-white ${kindStyle[entry.kind]}`}
                />
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <time
                    dateTime={entry.at}
                    title={format.dateTime(entry.at)}
                    className="font-mono text-sm tabular-nums text-slate-700"
                  >
                    {format.time(entry.at)}
                  </time>
                  {Number.isFinite(offset) ? (
                    <span className="font-mono text-xs text-slate-500 tabular-nums">
                      {offset < 0 ? `−${formatSeconds(-offset)}` : `+${formatSeconds(offset)}`}
                    </span>
                  ) : null}
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">
                    {t(`kinds.${entry.kind}`)}
                  </span>
                  <span className="text-sm font-semibold text-slate-900">{typeLabel(entry)}</span>
                </div>
                {entry.detail ? <p className="mt-1 text-sm text-slate-700">{entry.detail}</p> : null}
                {entry.payload !== undefined && entry.payload !== null ? (
                  <details className="mt-1 text-sm">
                    <summary className="cursor-pointer text-teal-800 hover:underline">{t('payload')}</summary>
                    <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-3 text-xs whitespace-pre-wrap text-slate-800">
                      {JSON.stringify(entry.payload, null, 2)}
                    </pre>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
