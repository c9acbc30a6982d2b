import type { TReportInterval, TReportSeriesPoint } from '@screenpop/contracts';

/** What a figure without a value shows (no call to average over). */
export const NO_VALUE = '—';

/** A duration in seconds as a clock: `0:07`, `4:32`, `1:02:03`; a dash when there is none. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return NO_VALUE;
  const total = Math.round(Math.max(0, seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A percent the API sends (0–100, one decimal) in the page's language: `12.5%`, `12,5 %`; a dash for none. */
export function formatPercent(percent: number | null | undefined, locale: string): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return NO_VALUE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** A count in the page's language (`1,234`, `1 234`). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** How a figure is shown. */
export type FigureKind = 'count' | 'duration' | 'percent';

export function formatFigure(kind: FigureKind, value: number | null, locale: string): string {
  if (kind === 'duration') return formatSeconds(value);
  if (kind === 'percent') return formatPercent(value, locale);
  return value === null ? NO_VALUE : formatCount(value, locale);
}

/** Calls a series' point counts: every offered call, and the outbound ones. */
export const pointCalls = (point: TReportSeriesPoint) => point.offered + point.outbound;

/** Offered calls neither answered nor abandoned (a Shuttle call whose answer or hangup never came). */
export const pointUnresolved = (point: TReportSeriesPoint) =>
  Math.max(0, point.offered - point.answered - point.abandoned);

/** The series' totals and its busiest bucket, for the charts' text alternatives. */
export function seriesSummary(points: readonly TReportSeriesPoint[]) {
  let busiest: TReportSeriesPoint | null = null;
  const totals = { calls: 0, answered: 0, abandoned: 0, outbound: 0 };
  for (const point of points) {
    totals.calls += pointCalls(point);
    totals.answered += point.answered;
    totals.abandoned += point.abandoned;
    totals.outbound += point.outbound;
    if (pointCalls(point) > 0 && (!busiest || pointCalls(point) > pointCalls(busiest))) busiest = point;
  }
  return { ...totals, busiest };
}

/** Whether the series has no call at all: its charts show an empty state instead. */
export const isEmptySeries = (points: readonly TReportSeriesPoint[]) =>
  points.every((point) => pointCalls(point) === 0);

/** Whether some bucket has an average handle time or a service level to draw. */
export const hasTimings = (points: readonly TReportSeriesPoint[]) =>
  points.some((point) => point.ahtSeconds !== null || point.serviceLevel !== null);

/**
 * A bucket's short label under the chart, from the API's local label (`YYYY-MM-DD` or
 * `YYYY-MM-DD HH:00`): the hour alone over a single day, else the day (and the hour).
 */
export function bucketTick(
  label: string,
  interval: TReportInterval,
  singleDay: boolean,
  day: (date: string) => string,
): string {
  const [date = label, hour] = label.split(' ');
  if (interval === 'hour' && hour) return singleDay ? hour : `${day(date)} ${hour}`;
  return day(date);
}

/** The smallest and largest of the values that are there; null when none is. */
export function valueRange(values: readonly (number | null)[]): { min: number; max: number } | null {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length === 0) return null;
  return { min: Math.min(...present), max: Math.max(...present) };
}
