import { REPORT_MAX_DAYS, type TReportFilters, type TReportPeriod } from '@screenpop/contracts';
import { RequestValidationException } from '../../common/request-validation.exception.js';
import { addDays, daysBetween, localDay, localDayOf } from '../local-day.js';

/** A report's period: local dates from `from` to `to` (both included) and the instants they span. */
export interface ResolvedPeriod extends TReportPeriod {
  start: Date;
  end: Date;
  days: number;
}

function dayOfWeek(date: string): number {
  // Monday 0 … Sunday 6: weeks start on Monday (ISO 8601), as in Europe.
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}

/** The first and last local dates of a preset, relative to today. */
export function presetDates(
  preset: Exclude<TReportFilters['period'], 'custom'>,
  today: string,
): [string, string] {
  switch (preset) {
    case 'today':
      return [today, today];
    case 'yesterday':
      return [addDays(today, -1), addDays(today, -1)];
    case 'thisWeek':
      return [addDays(today, -dayOfWeek(today)), today];
    case 'lastWeek': {
      const monday = addDays(today, -dayOfWeek(today) - 7);
      return [monday, addDays(monday, 6)];
    }
    case 'last7Days':
      return [addDays(today, -6), today];
    case 'thisMonth':
      return [monthStart(today), today];
    case 'lastMonth': {
      const first = monthStart(addDays(monthStart(today), -1));
      return [first, addDays(monthStart(today), -1)];
    }
    case 'last30Days':
      return [addDays(today, -29), today];
    case 'last90Days':
      return [addDays(today, -89), today];
  }
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The period the filters name, in `timeZone`; a custom one is checked (real dates, in order, not too long). */
export function resolvePeriod(filters: TReportFilters, timeZone: string, now = new Date()): ResolvedPeriod {
  let from: string;
  let to: string;
  if (filters.period === 'custom') {
    from = filters.from!;
    to = filters.to!;
    const issues = [];
    if (!isRealDate(from)) issues.push({ path: 'from', message: `"${from}" is not a date` });
    if (!isRealDate(to)) issues.push({ path: 'to', message: `"${to}" is not a date` });
    if (issues.length === 0 && to < from)
      issues.push({ path: 'to', message: 'The period ends before it starts' });
    if (issues.length === 0 && daysBetween(from, to) >= REPORT_MAX_DAYS)
      issues.push({ path: 'to', message: `A period covers at most ${REPORT_MAX_DAYS} days` });
    if (issues.length) throw new RequestValidationException(issues);
  } else {
    [from, to] = presetDates(filters.period, localDay(now, timeZone).date);
  }
  const start = localDayOf(from, timeZone).from;
  const end = localDayOf(to, timeZone).to;
  return {
    preset: filters.period,
    from,
    to,
    timeZone,
    startsAt: start.toISOString(),
    endsBefore: end.toISOString(),
    start,
    end,
    days: daysBetween(from, to) + 1,
  };
}

/** The period as the API answers it (without the Date copies). */
export function periodView({
  preset,
  from,
  to,
  timeZone,
  startsAt,
  endsBefore,
}: ResolvedPeriod): TReportPeriod {
  return { preset, from, to, timeZone, startsAt, endsBefore };
}
