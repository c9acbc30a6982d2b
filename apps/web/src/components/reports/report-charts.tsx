'use client';

import { useTranslations } from 'next-intl';
import type { ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TReportDisposition, TReportFigures, TReportSeries } from '@screenpop/contracts';
import {
  bucketTick,
  hasTimings,
  isEmptySeries,
  pointUnresolved,
  seriesSummary,
  valueRange,
} from './report-format';
import { useReportFormat } from './use-report-format';

const COLORS = {
  answered: '#0d9488',
  abandoned: '#e11d48',
  unresolved: '#f59e0b',
  outbound: '#0284c7',
  aht: '#0f766e',
  serviceLevel: '#7c3aed',
  shown: '#94a3b8',
  opened: '#0284c7',
  completed: '#0d9488',
  disposition: '#0f766e',
} as const;

const axisTick = { fontSize: 12, fill: '#475569' };
const CHART_HEIGHT = 280;

/**
 * A chart with its text alternative: the caption says what it shows in words, and the drawing itself
 * is hidden from screen readers (the same figures are in a table next to it or under "Show the data").
 */
function ChartFigure({
  caption,
  testId,
  height = CHART_HEIGHT,
  children,
}: {
  caption: string;
  testId: string;
  height?: number;
  children: ReactElement;
}) {
  return (
    <figure data-testid={testId} className="min-w-0">
      <figcaption data-testid={`${testId}-caption`} className="mb-2 text-sm text-slate-600">
        {caption}
      </figcaption>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** What a chart shows when the period has nothing to draw. */
export function ChartEmpty({ text, testId }: { text: string; testId?: string }) {
  return (
    <p
      data-testid={testId}
      className="rounded-md border border-dashed border-slate-300 px-4 py-10 text-center text-sm text-slate-600"
    >
      {text}
    </p>
  );
}

/** Calls per hour or day (answered, abandoned and unresolved stacked; outbound beside them), then AHT and service level. */
export function SeriesCharts({ series }: { series: TReportSeries }) {
  const t = useTranslations('reports.charts');
  const format = useReportFormat(series.period.timeZone);
  const { points, interval } = series;
  if (isEmptySeries(points)) return <ChartEmpty text={t('empty')} testId="report-series-empty" />;

  const singleDay = series.period.from === series.period.to;
  const tick = (label: string) => bucketTick(label, interval, singleDay, (date) => format.day(date, 'short'));
  const data = points.map((point) => ({
    label: point.label,
    answered: point.answered,
    abandoned: point.abandoned,
    unresolved: pointUnresolved(point),
    outbound: point.outbound,
    aht: point.ahtSeconds,
    serviceLevel: point.serviceLevel,
  }));
  const anyUnresolved = data.some((point) => point.unresolved > 0);
  const summary = seriesSummary(points);
  const aht = valueRange(points.map((point) => point.ahtSeconds));
  const serviceLevel = valueRange(points.map((point) => point.serviceLevel));
  const name = (key: string) => t(`series.${key}`);

  return (
    <div className="space-y-6">
      <ChartFigure
        testId="report-chart-calls"
        caption={t('calls.caption', {
          interval,
          calls: summary.calls,
          answered: summary.answered,
          abandoned: summary.abandoned,
          outbound: summary.outbound,
          busiest: summary.busiest ? tick(summary.busiest.label) : '—',
          busiestCalls: summary.busiest ? summary.busiest.offered + summary.busiest.outbound : 0,
        })}
      >
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tickFormatter={tick} tick={axisTick} minTickGap={12} />
          <YAxis allowDecimals={false} tick={axisTick} width={40} />
          <Tooltip labelFormatter={(label) => tick(String(label))} />
          <Legend itemSorter={null} />
          <Bar dataKey="answered" name={name('answered')} stackId="in" fill={COLORS.answered} />
          <Bar dataKey="abandoned" name={name('abandoned')} stackId="in" fill={COLORS.abandoned} />
          {anyUnresolved ? (
            <Bar dataKey="unresolved" name={name('unresolved')} stackId="in" fill={COLORS.unresolved} />
          ) : null}
          <Bar dataKey="outbound" name={name('outbound')} stackId="out" fill={COLORS.outbound} />
        </BarChart>
      </ChartFigure>

      {hasTimings(points) ? (
        <ChartFigure
          testId="report-chart-timing"
          caption={t('timing.caption', {
            interval,
            ahtMin: format.seconds(aht?.min ?? null),
            ahtMax: format.seconds(aht?.max ?? null),
            slMin: format.percent(serviceLevel?.min ?? null),
            slMax: format.percent(serviceLevel?.max ?? null),
          })}
        >
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tickFormatter={tick} tick={axisTick} minTickGap={12} />
            <YAxis
              yAxisId="seconds"
              tick={axisTick}
              width={52}
              tickFormatter={(value: number) => format.seconds(value)}
            />
            <YAxis
              yAxisId="percent"
              orientation="right"
              domain={[0, 100]}
              tick={axisTick}
              width={48}
              tickFormatter={(value: number) => format.percent(value)}
            />
            <Tooltip
              labelFormatter={(label) => tick(String(label))}
              formatter={(value, _name, item) =>
                item.dataKey === 'aht' ? format.seconds(Number(value)) : format.percent(Number(value))
              }
            />
            <Legend itemSorter={null} />
            <Line
              yAxisId="seconds"
              type="monotone"
              dataKey="aht"
              name={name('aht')}
              stroke={COLORS.aht}
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls
            />
            <Line
              yAxisId="percent"
              type="monotone"
              dataKey="serviceLevel"
              name={name('serviceLevel')}
              stroke={COLORS.serviceLevel}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 2 }}
              connectNulls
            />
          </LineChart>
        </ChartFigure>
      ) : (
        <ChartEmpty text={t('timing.empty')} testId="report-chart-timing-empty" />
      )}

      <SeriesTable series={series} tick={tick} />
    </div>
  );
}

/** The series' figures as a table, for whoever does not read the charts. */
function SeriesTable({ series, tick }: { series: TReportSeries; tick: (label: string) => string }) {
  const t = useTranslations('reports.charts');
  const format = useReportFormat(series.period.timeZone);
  const cell = 'px-3 py-1.5 text-right tabular-nums';
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-teal-800 hover:underline">{t('showData')}</summary>
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="min-w-full divide-y divide-slate-200" data-testid="report-series-table">
          <caption className="sr-only">{t('dataCaption', { interval: series.interval })}</caption>
          <thead className="sticky top-0 bg-white text-xs text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-3 py-1.5 text-left">
                {t('series.bucket', { interval: series.interval })}
              </th>
              {(['offered', 'answered', 'abandoned', 'outbound', 'asa', 'aht', 'serviceLevel'] as const).map(
                (key) => (
                  <th key={key} scope="col" className="px-3 py-1.5 text-right">
                    {t(`series.${key}`)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {series.points.map((point) => (
              <tr key={point.startsAt}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal whitespace-nowrap">
                  {tick(point.label)}
                </th>
                <td className={cell}>{format.count(point.offered)}</td>
                <td className={cell}>{format.count(point.answered)}</td>
                <td className={cell}>{format.count(point.abandoned)}</td>
                <td className={cell}>{format.count(point.outbound)}</td>
                <td className={cell}>{format.seconds(point.asaSeconds)}</td>
                <td className={cell}>{format.seconds(point.ahtSeconds)}</td>
                <td className={cell}>{format.percent(point.serviceLevel)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Completed forms by disposition, largest first, as bars. */
export function DispositionsChart({
  dispositions,
  label,
}: {
  dispositions: readonly TReportDisposition[];
  label: (item: TReportDisposition) => string;
}) {
  const t = useTranslations('reports.charts');
  const format = useReportFormat();
  if (dispositions.length === 0) return <ChartEmpty text={t('dispositions.empty')} />;
  const data = [...dispositions]
    .sort((a, b) => b.count - a.count)
    .map((item) => ({ name: label(item), count: item.count, share: item.share }));
  const top = data[0]!;
  return (
    <ChartFigure
      testId="report-chart-dispositions"
      height={Math.max(120, data.length * 36 + 40)}
      caption={t('dispositions.caption', {
        total: data.reduce((sum, item) => sum + item.count, 0),
        top: top.name,
        share: format.percent(top.share),
      })}
    >
      <HorizontalBars
        data={data.map((item) => ({ ...item, fill: COLORS.disposition }))}
        name={t('series.completed')}
        labelWidth={140}
      />
    </ChartFigure>
  );
}

/** Forms shown, opened and completed over the period. */
export function FormsChart({ figures }: { figures: TReportFigures }) {
  const t = useTranslations('reports.charts');
  const format = useReportFormat();
  if (figures.formsShown === 0 && figures.formsOpened === 0 && figures.formsCompleted === 0) {
    return <ChartEmpty text={t('forms.empty')} />;
  }
  const data = [
    { name: t('series.shown'), count: figures.formsShown, fill: COLORS.shown },
    { name: t('series.opened'), count: figures.formsOpened, fill: COLORS.opened },
    { name: t('series.completed'), count: figures.formsCompleted, fill: COLORS.completed },
  ];
  return (
    <ChartFigure
      testId="report-chart-forms"
      height={200}
      caption={t('forms.caption', {
        shown: figures.formsShown,
        opened: figures.formsOpened,
        completed: figures.formsCompleted,
        rate: format.percent(figures.formCompletionRate),
      })}
    >
      <HorizontalBars data={data} name={t('series.forms')} labelWidth={100} />
    </ChartFigure>
  );
}

/**
 * Counts as horizontal bars, one per named item, each in its own colour. `width` and `height` are the
 * ResponsiveContainer's, passed on to the chart.
 */
function HorizontalBars({
  data,
  name,
  labelWidth,
  ...size
}: {
  data: readonly { name: string; count: number; fill: string }[];
  name: string;
  labelWidth: number;
  width?: number;
  height?: number;
}) {
  const format = useReportFormat();
  return (
    <BarChart
      {...size}
      data={[...data]}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={axisTick} />
      <YAxis type="category" dataKey="name" tick={axisTick} width={labelWidth} />
      <Tooltip formatter={(value) => format.count(Number(value))} />
      <Bar dataKey="count" name={name}>
        {data.map((item) => (
          <Cell key={item.name} fill={item.fill} />
        ))}
      </Bar>
    </BarChart>
  );
}
