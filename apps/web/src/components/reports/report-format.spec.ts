import type { TReportSeriesPoint } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import {
  bucketTick,
  formatFigure,
  formatPercent,
  formatSeconds,
  isEmptySeries,
  pointUnresolved,
  seriesSummary,
  valueRange,
} from './report-format';

const point = (label: string, figures: Partial<TReportSeriesPoint> = {}): TReportSeriesPoint => ({
  startsAt: `${label.replace(' ', 'T')}Z`,
  label,
  offered: 0,
  answered: 0,
  abandoned: 0,
  outbound: 0,
  ahtSeconds: null,
  asaSeconds: null,
  serviceLevel: null,
  ...figures,
});

describe('formatSeconds', () => {
  it('shows minutes and seconds, and hours past the hour', () => {
    expect(formatSeconds(0)).toBe('0:00');
    expect(formatSeconds(7)).toBe('0:07');
    expect(formatSeconds(272)).toBe('4:32');
    expect(formatSeconds(3723)).toBe('1:02:03');
  });

  it('rounds the averages the API sends to the second', () => {
    expect(formatSeconds(59.6)).toBe('1:00');
    expect(formatSeconds(12.4)).toBe('0:12');
  });

  it('shows a dash without a value', () => {
    expect(formatSeconds(null)).toBe('—');
    expect(formatSeconds(undefined)).toBe('—');
    expect(formatSeconds(Number.NaN)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('shows one decimal at most, in the page’s language', () => {
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatPercent(12.5, 'fr').replace(/\s/gu, ' ')).toBe('12,5 %');
  });

  it('shows a dash without a value', () => {
    expect(formatPercent(null, 'en')).toBe('—');
  });
});

describe('formatFigure', () => {
  it('formats each kind of figure', () => {
    expect(formatFigure('count', 1234, 'en')).toBe('1,234');
    expect(formatFigure('duration', 65, 'en')).toBe('1:05');
    expect(formatFigure('percent', 50, 'en')).toBe('50%');
    expect(formatFigure('count', null, 'en')).toBe('—');
  });
});

describe('series helpers', () => {
  const points = [
    point('2026-12-01 09:00', { offered: 3, answered: 2, abandoned: 1, ahtSeconds: 120, serviceLevel: 50 }),
    point('2026-12-01 10:00', {
      offered: 5,
      answered: 3,
      abandoned: 1,
      outbound: 2,
      ahtSeconds: 90,
      serviceLevel: 100,
    }),
    point('2026-12-01 11:00'),
  ];

  it('counts the unresolved calls: offered, neither answered nor abandoned', () => {
    expect(pointUnresolved(points[1]!)).toBe(1);
    expect(pointUnresolved(point('x', { offered: 1, answered: 1 }))).toBe(0);
  });

  it('sums the series and finds its busiest bucket', () => {
    expect(seriesSummary(points)).toEqual({
      calls: 10,
      answered: 5,
      abandoned: 2,
      outbound: 2,
      busiest: points[1],
    });
    expect(seriesSummary([point('2026-12-01')]).busiest).toBeNull();
  });

  it('is empty when no bucket has a call', () => {
    expect(isEmptySeries(points)).toBe(false);
    expect(isEmptySeries([point('2026-12-01'), point('2026-12-02')])).toBe(true);
    expect(isEmptySeries([])).toBe(true);
  });

  it('finds the range of the values that are there', () => {
    expect(valueRange([120, null, 90])).toEqual({ min: 90, max: 120 });
    expect(valueRange([null, null])).toBeNull();
  });
});

describe('bucketTick', () => {
  const day = (date: string) => `day(${date})`;

  it('shows the hour alone over a single day', () => {
    expect(bucketTick('2026-12-01 09:00', 'hour', true, day)).toBe('09:00');
  });

  it('shows the day and the hour over several days, and the day alone for days', () => {
    expect(bucketTick('2026-12-01 09:00', 'hour', false, day)).toBe('day(2026-12-01) 09:00');
    expect(bucketTick('2026-12-01', 'day', false, day)).toBe('day(2026-12-01)');
  });
});
