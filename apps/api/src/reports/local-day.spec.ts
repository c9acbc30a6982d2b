import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.js';

describe('localDay', () => {
  it('is the calendar day in the time zone, not in UTC', () => {
    // 23:30 UTC on 5 December is already 6 December in Paris (UTC+1 in winter).
    expect(localDay(new Date('2026-12-05T23:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2026-12-06',
      timeZone: 'Europe/Paris',
      from: new Date('2026-12-05T23:00:00Z'),
      to: new Date('2026-12-06T23:00:00Z'),
    });
    expect(localDay(new Date('2026-12-06T03:00:00Z'), 'America/New_York')).toMatchObject({
      date: '2026-12-05',
      from: new Date('2026-12-05T05:00:00Z'),
      to: new Date('2026-12-06T05:00:00Z'),
    });
  });

  it('has 23 or 25 hours on the days the clocks change', () => {
    const spring = localDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris');
    expect(spring.from).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(spring.to).toEqual(new Date('2026-03-29T22:00:00Z'));
    const autumn = localDay(new Date('2026-10-25T12:00:00Z'), 'Europe/Paris');
    expect(autumn.from).toEqual(new Date('2026-10-24T22:00:00Z'));
    expect(autumn.to).toEqual(new Date('2026-10-25T23:00:00Z'));
  });

  it('works in UTC and far from it', () => {
    expect(localDay(new Date('2026-12-06T10:00:00Z'), 'UTC')).toMatchObject({
      date: '2026-12-06',
      from: new Date('2026-12-06T00:00:00Z'),
    });
    expect(localDay(new Date('2026-12-06T10:00:00Z'), 'Pacific/Kiritimati')).toMatchObject({
      date: '2026-12-07',
      from: new Date('2026-12-06T10:00:00Z'),
    });
  });
});
