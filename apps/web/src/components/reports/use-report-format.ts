'use client';

import { type DateTimeFormatOptions, useFormatter, useLocale } from 'next-intl';
import { useMemo } from 'react';
import { formatCount, formatFigure, formatPercent, formatSeconds, type FigureKind } from './report-format';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The reports' numbers, dates and times in the page's language. Instants are shown in `timeZone`
 * (the reports' time zone, so a call's time matches the day it is counted on), else the browser's.
 */
export function useReportFormat(timeZone?: string) {
  const format = useFormatter();
  const locale = useLocale();
  return useMemo(() => {
    const zone = timeZone ?? browserTimeZone();
    const instant = (iso: string | null, options: DateTimeFormatOptions) => {
      if (!iso) return '—';
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.dateTime(date, { ...options, timeZone: zone });
    };
    return {
      timeZone: zone,
      count: (value: number) => formatCount(value, locale),
      percent: (value: number | null) => formatPercent(value, locale),
      seconds: (value: number | null) => formatSeconds(value),
      figure: (kind: FigureKind, value: number | null) => formatFigure(kind, value, locale),
      dateTime: (iso: string | null) => instant(iso, { dateStyle: 'medium', timeStyle: 'medium' }),
      shortDateTime: (iso: string | null) => instant(iso, { dateStyle: 'short', timeStyle: 'short' }),
      time: (iso: string | null) => instant(iso, { timeStyle: 'medium' }),
      /** A local calendar day (YYYY-MM-DD) as it is, whatever the browser's time zone. */
      day: (date: string, style: 'long' | 'short' = 'long') => {
        const noon = new Date(`${date}T12:00:00Z`);
        if (Number.isNaN(noon.getTime())) return date;
        return format.dateTime(
          noon,
          style === 'long'
            ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
            : { day: 'numeric', month: 'short', timeZone: 'UTC' },
        );
      },
    };
  }, [format, locale, timeZone]);
}
