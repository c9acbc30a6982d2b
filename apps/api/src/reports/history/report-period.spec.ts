import { REPORT_PERIOD_PRESETS, type TReportFilters, ZReportFilters } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { RequestValidationException } from '../../common/request-validation.exception.js';
import { periodView, presetDates, resolvePeriod } from './report-period.js';

type Preset = Exclude<TReportFilters['period'], 'custom'>;
const PRESETS = REPORT_PERIOD_PRESETS.filter((preset): preset is Preset => preset !== 'custom');

const datesOn = (today: string) =>
  Object.fromEntries(PRESETS.map((preset) => [preset, presetDates(preset, today)]));

const filters = (period: TReportFilters['period'], from?: string, to?: string): TReportFilters => ({
  period,
  from,
  to,
});

/** The issues a custom period is refused with, or null when it is accepted. */
function refusal(from: string, to: string) {
  try {
    resolvePeriod(filters('custom', from, to), 'Europe/Paris');
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(RequestValidationException);
    expect((error as RequestValidationException).getStatus()).toBe(400);
    return (error as RequestValidationException).issues;
  }
}

describe('presetDates', () => {
  it('on a Monday: the week is that day alone, last week the one before', () => {
    // 2026-11-09 is a Monday.
    expect(datesOn('2026-11-09')).toEqual({
      today: ['2026-11-09', '2026-11-09'],
      yesterday: ['2026-11-08', '2026-11-08'],
      thisWeek: ['2026-11-09', '2026-11-09'],
      lastWeek: ['2026-11-02', '2026-11-08'],
      // 9 Nov − 6 days
      last7Days: ['2026-11-03', '2026-11-09'],
      thisMonth: ['2026-11-01', '2026-11-09'],
      lastMonth: ['2026-10-01', '2026-10-31'],
      // 9 Nov − 29 days: 9 back to 31 Oct, 20 more to 11 Oct.
      last30Days: ['2026-10-11', '2026-11-09'],
      // 9 Nov − 89 days: 9 to 31 Oct, 31 to 30 Sep, 30 to 31 Aug, 19 more to 12 Aug.
      last90Days: ['2026-08-12', '2026-11-09'],
    });
  });

  it('on a Sunday: the week runs from the Monday before (weeks start on Monday)', () => {
    // 2026-11-15 is a Sunday.
    expect(datesOn('2026-11-15')).toMatchObject({
      yesterday: ['2026-11-14', '2026-11-14'],
      thisWeek: ['2026-11-09', '2026-11-15'],
      lastWeek: ['2026-11-02', '2026-11-08'],
      last7Days: ['2026-11-09', '2026-11-15'],
    });
  });

  it('on the first of a month: this month is one day, yesterday and last month are the month before', () => {
    // 2026-11-01 is a Sunday too: its week started on Monday 26 October.
    expect(datesOn('2026-11-01')).toMatchObject({
      yesterday: ['2026-10-31', '2026-10-31'],
      thisWeek: ['2026-10-26', '2026-11-01'],
      lastWeek: ['2026-10-19', '2026-10-25'],
      thisMonth: ['2026-11-01', '2026-11-01'],
      lastMonth: ['2026-10-01', '2026-10-31'],
    });
  });

  it('in January: last month is December of the year before, and a week spans the new year', () => {
    expect(datesOn('2027-01-15')).toMatchObject({
      thisMonth: ['2027-01-01', '2027-01-15'],
      lastMonth: ['2026-12-01', '2026-12-31'],
    });
    // 2027-01-01 is a Friday.
    expect(datesOn('2027-01-01')).toMatchObject({
      yesterday: ['2026-12-31', '2026-12-31'],
      thisWeek: ['2026-12-28', '2027-01-01'],
      lastMonth: ['2026-12-01', '2026-12-31'],
      last7Days: ['2026-12-26', '2027-01-01'],
    });
  });

  it('knows the length of February', () => {
    expect(presetDates('lastMonth', '2024-03-10')).toEqual(['2024-02-01', '2024-02-29']);
    expect(presetDates('lastMonth', '2026-03-31')).toEqual(['2026-02-01', '2026-02-28']);
  });
});

describe('resolvePeriod', () => {
  it("answers a preset's dates and the instants they span in the time zone", () => {
    // 23:30 UTC on 30 November is already 1 December in Paris (UTC+1).
    const period = resolvePeriod(filters('lastMonth'), 'Europe/Paris', new Date('2026-11-30T23:30:00Z'));
    expect(period).toEqual({
      preset: 'lastMonth',
      from: '2026-11-01',
      to: '2026-11-30',
      timeZone: 'Europe/Paris',
      startsAt: '2026-10-31T23:00:00.000Z',
      endsBefore: '2026-11-30T23:00:00.000Z',
      start: new Date('2026-10-31T23:00:00Z'),
      end: new Date('2026-11-30T23:00:00Z'),
      days: 30,
    });
    expect(periodView(period)).toEqual({
      preset: 'lastMonth',
      from: '2026-11-01',
      to: '2026-11-30',
      timeZone: 'Europe/Paris',
      startsAt: '2026-10-31T23:00:00.000Z',
      endsBefore: '2026-11-30T23:00:00.000Z',
    });
    // The same instant is still 30 November in New York (UTC−5).
    expect(
      resolvePeriod(filters('today'), 'America/New_York', new Date('2026-11-30T23:30:00Z')),
    ).toMatchObject({ from: '2026-11-30', to: '2026-11-30', startsAt: '2026-11-30T05:00:00.000Z' });
  });

  it('spans 23 hours on the spring DST day in Paris (2026-03-29)', () => {
    const now = new Date('2026-03-29T12:00:00Z');
    const today = resolvePeriod(filters('today'), 'Europe/Paris', now);
    // Midnight is still UTC+1; the next midnight is already UTC+2.
    expect(today).toMatchObject({ from: '2026-03-29', to: '2026-03-29', days: 1 });
    expect(today.start).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(today.end).toEqual(new Date('2026-03-29T22:00:00Z'));
    expect(today.end.getTime() - today.start.getTime()).toBe(23 * 3_600_000);
    // That Sunday ends a week that started on Monday 23 March.
    const week = resolvePeriod(filters('thisWeek'), 'Europe/Paris', now);
    expect(week).toMatchObject({ from: '2026-03-23', to: '2026-03-29', days: 7 });
    expect(week.start).toEqual(new Date('2026-03-22T23:00:00Z'));
    expect(week.end).toEqual(new Date('2026-03-29T22:00:00Z'));
  });

  it('spans 25 hours on the autumn DST day in Paris (2026-10-25)', () => {
    const now = new Date('2026-10-25T12:00:00Z');
    const today = resolvePeriod(filters('today'), 'Europe/Paris', now);
    expect(today.start).toEqual(new Date('2026-10-24T22:00:00Z'));
    expect(today.end).toEqual(new Date('2026-10-25T23:00:00Z'));
    expect(today.end.getTime() - today.start.getTime()).toBe(25 * 3_600_000);
    const yesterday = resolvePeriod(filters('yesterday'), 'Europe/Paris', now);
    expect(yesterday).toMatchObject({ from: '2026-10-24', to: '2026-10-24', days: 1 });
    expect(yesterday.start).toEqual(new Date('2026-10-23T22:00:00Z'));
    expect(yesterday.end).toEqual(new Date('2026-10-24T22:00:00Z'));
    // A custom period over the change: 24 + 25 hours.
    const custom = resolvePeriod(filters('custom', '2026-10-24', '2026-10-25'), 'Europe/Paris', now);
    expect(custom).toMatchObject({ from: '2026-10-24', to: '2026-10-25', days: 2, preset: 'custom' });
    expect(custom.end.getTime() - custom.start.getTime()).toBe(49 * 3_600_000);
  });

  it('takes a custom period as given, whatever today is', () => {
    const period = resolvePeriod(
      filters('custom', '2026-11-10', '2026-11-11'),
      'Europe/Paris',
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(period).toMatchObject({
      from: '2026-11-10',
      to: '2026-11-11',
      startsAt: '2026-11-09T23:00:00.000Z',
      endsBefore: '2026-11-11T23:00:00.000Z',
      days: 2,
    });
  });

  it('refuses a custom period naming the field: not a date, ending before it starts, too long', () => {
    expect(refusal('2026-02-30', '2026-03-01')).toEqual([
      { path: 'from', message: '"2026-02-30" is not a date' },
    ]);
    expect(refusal('2026-02-01', '2026-13-01')).toEqual([
      { path: 'to', message: '"2026-13-01" is not a date' },
    ]);
    expect(refusal('2026-02-30', '2026-02-31')).toHaveLength(2);
    expect(refusal('2026-11-11', '2026-11-10')).toEqual([
      { path: 'to', message: 'The period ends before it starts' },
    ]);
    // 2025-01-01 + 399 days = 2026-02-04: 400 days, both included, is the most.
    expect(refusal('2025-01-01', '2026-02-04')).toBeNull();
    expect(refusal('2025-01-01', '2026-02-05')).toEqual([
      { path: 'to', message: 'A period covers at most 400 days' },
    ]);
    expect(refusal('2026-11-10', '2026-11-10')).toBeNull();
  });

  it('needs from and to for a custom period (the filters schema names them)', () => {
    const missing = ZReportFilters.safeParse({ period: 'custom', to: '2026-11-11' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path)).toEqual([['from']]);
    const neither = ZReportFilters.safeParse({ period: 'custom' });
    expect(neither.error?.issues.map((issue) => issue.path)).toEqual([['from'], ['to']]);
    expect(ZReportFilters.safeParse({ period: 'custom', from: '10/11/2026', to: '2026-11-11' }).success).toBe(
      false,
    );
    expect(ZReportFilters.parse({})).toMatchObject({ period: 'today' });
  });
});
