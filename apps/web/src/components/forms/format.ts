import { useFormatter, useTranslations } from 'next-intl';
import { useMemo } from 'react';

export type DurationParts =
  | { unit: 'seconds'; seconds: number }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'minutesSeconds'; minutes: number; seconds: number };

/** A duration in whole minutes and seconds, each said only when needed. */
export function durationParts(totalSeconds: number): DurationParts {
  if (totalSeconds < 60) return { unit: 'seconds', seconds: totalSeconds };
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? { unit: 'minutes', minutes } : { unit: 'minutesSeconds', minutes, seconds };
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Dates, times and durations in the page's language. Times are in the browser's time zone (the clock
 * on the agent's wall), not the server's that next-intl would otherwise use.
 */
export function useCallFormat() {
  const format = useFormatter();
  const t = useTranslations('callForm.duration');
  return useMemo(() => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return {
      dateTime(iso: string | null): string {
        const date = iso ? parse(iso) : null;
        if (!date) return iso || '—';
        return format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short', timeZone });
      },
      time(iso: string | null): string {
        const date = iso ? parse(iso) : null;
        if (!date) return iso || '—';
        return format.dateTime(date, { timeStyle: 'medium', timeZone });
      },
      clock(date: Date): string {
        return format.dateTime(date, { timeStyle: 'short', timeZone });
      },
      duration(totalSeconds: number): string {
        const parts = durationParts(totalSeconds);
        return t(parts.unit, parts);
      },
    };
  }, [format, t]);
}
