/** A local calendar day in an IANA time zone, as the instants it starts and ends at. */
export interface LocalDay {
  /** YYYY-MM-DD in the time zone. */
  date: string;
  timeZone: string;
  from: Date;
  /** Exclusive: the next day's start. */
  to: Date;
}

function wallClock(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; ms: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const ms = Date.UTC(year, month - 1, day, part('hour'), part('minute'), part('second'));
  return { year, month, day, ms };
}

/** The time zone's offset from UTC at an instant, in milliseconds (Paris in winter: +3 600 000). */
function offsetMs(instant: Date, timeZone: string): number {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  return wallClock(new Date(seconds), timeZone).ms - seconds;
}

/** The instant a local date's midnight falls on (the first instant of that date, across DST changes). */
function midnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  let instant = guess - offsetMs(new Date(guess), timeZone);
  // The offset at the guess may differ from the offset at midnight itself when DST changes that night.
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** The local day containing `now` in `timeZone`. */
export function localDay(now: Date, timeZone: string): LocalDay {
  const { year, month, day } = wallClock(now, timeZone);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    timeZone,
    from: midnight(year, month, day, timeZone),
    to: midnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  };
}

/** The local day of a date written YYYY-MM-DD in `timeZone`. */
export function localDayOf(date: string, timeZone: string): LocalDay {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    date,
    timeZone,
    from: midnight(year, month, day, timeZone),
    to: midnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  };
}

/** A YYYY-MM-DD date moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (0 when they are the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
