import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW,
  addressOf,
  ariaSort,
  exportHref,
  filterParams,
  isFiltered,
  nextSort,
  reportQuery,
  splitIssues,
  viewFromSearch,
} from './report-query';

const QUEUE = '6f1c2a44-1d0e-4a59-9b55-0c1f7f6b9a01';

describe('reportQuery', () => {
  it('sends the period and the set filters only', () => {
    expect(reportQuery(DEFAULT_FILTERS)).toBe('?period=today');
    expect(reportQuery({ ...DEFAULT_FILTERS, source: 'shuttle', direction: 'inbound', queue: QUEUE })).toBe(
      `?period=today&source=shuttle&queue=${QUEUE}&direction=inbound`,
    );
  });

  it('sends the dates of a custom period, and never those of a preset', () => {
    const custom = { ...DEFAULT_FILTERS, period: 'custom' as const, from: '2026-11-01', to: '2026-11-30' };
    expect(reportQuery(custom)).toBe('?period=custom&from=2026-11-01&to=2026-11-30');
    expect(filterParams({ ...custom, period: 'last7Days' })).toEqual({ period: 'last7Days' });
  });

  it('keeps a custom period without dates, for the API to say which one is missing', () => {
    expect(reportQuery({ ...DEFAULT_FILTERS, period: 'custom' })).toBe('?period=custom');
  });

  it('adds a report’s own parameters after the filters, leaving out the unset ones', () => {
    expect(
      reportQuery(
        { ...DEFAULT_FILTERS, disposition: 'none' },
        { sort: 'name', order: 'asc', interval: undefined },
      ),
    ).toBe('?period=today&disposition=none&sort=name&order=asc');
  });
});

describe('exportHref', () => {
  const view = { ...DEFAULT_VIEW, period: 'yesterday' as const, agent: QUEUE, interval: 'hour' as const };

  it('points every table at the export endpoint with the filters on screen', () => {
    expect(exportHref('summary', view)).toBe(`/api/reports/export/summary?period=yesterday&agent=${QUEUE}`);
    expect(exportHref('calls', view)).toBe(`/api/reports/export/calls?period=yesterday&agent=${QUEUE}`);
  });

  it('adds the series’ interval and the tables’ sort', () => {
    expect(exportHref('series', view)).toBe(
      `/api/reports/export/series?period=yesterday&agent=${QUEUE}&interval=hour`,
    );
    expect(exportHref('agents', { ...view, agentSort: 'name', agentOrder: 'asc' })).toBe(
      `/api/reports/export/agents?period=yesterday&agent=${QUEUE}&sort=name&order=asc`,
    );
    expect(exportHref('queues', view)).toBe(
      `/api/reports/export/queues?period=yesterday&agent=${QUEUE}&sort=offered&order=desc`,
    );
  });
});

describe('viewFromSearch', () => {
  it('is the default view for an empty address', () => {
    expect(viewFromSearch({})).toEqual(DEFAULT_VIEW);
  });

  it('reads every filter, sort and page', () => {
    expect(
      viewFromSearch({
        period: 'custom',
        from: '2026-01-01',
        to: '2026-01-31',
        source: 'xivo',
        direction: 'outbound',
        queue: QUEUE,
        disposition: 'callback',
        interval: 'day',
        agentSort: 'name',
        agentOrder: 'asc',
        queueSort: 'serviceLevel',
        queueOrder: 'asc',
        page: '3',
      }),
    ).toEqual({
      ...DEFAULT_VIEW,
      period: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
      source: 'xivo',
      direction: 'outbound',
      queue: QUEUE,
      disposition: 'callback',
      interval: 'day',
      agentSort: 'name',
      agentOrder: 'asc',
      queueSort: 'serviceLevel',
      queueOrder: 'asc',
      page: 3,
    });
  });

  it('falls back to the defaults for unknown choices, and drops the dates of a preset', () => {
    expect(
      viewFromSearch({
        period: 'forever',
        from: '2026-01-01',
        source: 'asterisk',
        direction: ['inbound', 'outbound'],
        agentSort: 'salary',
        queueOrder: 'sideways',
        interval: 'minute',
        page: '-2',
      }),
    ).toEqual(DEFAULT_VIEW);
  });
});

describe('addressOf', () => {
  it('leaves the defaults out of the address', () => {
    expect(Object.values(addressOf(DEFAULT_VIEW)).filter((value) => value !== '' && value !== 1)).toEqual([]);
  });

  it('keeps what differs from the defaults, and the dates of a custom period only', () => {
    const address = addressOf({
      ...DEFAULT_VIEW,
      period: 'custom',
      from: '2026-02-01',
      to: '2026-02-03',
      agentSort: 'name',
      page: 2,
    });
    expect(address).toMatchObject({
      period: 'custom',
      from: '2026-02-01',
      to: '2026-02-03',
      agentSort: 'name',
      agentOrder: '',
      page: 2,
    });
    expect(addressOf({ ...DEFAULT_VIEW, from: '2026-02-01' }).from).toBe('');
  });
});

describe('nextSort', () => {
  it('flips the order of the sorted column', () => {
    expect(nextSort({ sort: 'answered', order: 'desc' }, 'answered')).toEqual({
      sort: 'answered',
      order: 'asc',
    });
    expect(nextSort({ sort: 'answered', order: 'asc' }, 'answered')).toEqual({
      sort: 'answered',
      order: 'desc',
    });
  });

  it('starts another column with figures largest first and names from A', () => {
    expect(nextSort({ sort: 'name', order: 'asc' }, 'missed', ['name'])).toEqual({
      sort: 'missed',
      order: 'desc',
    });
    expect(nextSort({ sort: 'missed', order: 'desc' }, 'name', ['name'])).toEqual({
      sort: 'name',
      order: 'asc',
    });
  });
});

describe('ariaSort', () => {
  it('says how the sorted column sorts, and none for the others', () => {
    expect(ariaSort({ sort: 'offered', order: 'desc' }, 'offered')).toBe('descending');
    expect(ariaSort({ sort: 'offered', order: 'asc' }, 'offered')).toBe('ascending');
    expect(ariaSort({ sort: 'offered', order: 'asc' }, 'name')).toBe('none');
  });
});

describe('splitIssues', () => {
  it('puts the issues about a filter by that filter, the first one each, and keeps the others apart', () => {
    expect(
      splitIssues([
        { path: 'from', message: 'Required for a custom period' },
        { path: 'from', message: 'Expected a date as YYYY-MM-DD' },
        { path: 'queue', message: 'Expected an id (UUID)' },
        { path: 'interval', message: 'Hours cover at most 7 days' },
      ]),
    ).toEqual({
      byField: { from: 'Required for a custom period', queue: 'Expected an id (UUID)' },
      other: [{ path: 'interval', message: 'Hours cover at most 7 days' }],
    });
    expect(splitIssues(undefined)).toEqual({ byField: {}, other: [] });
  });
});

describe('isFiltered', () => {
  it('is true when a filter narrows the calls, whatever the period', () => {
    expect(isFiltered({ ...DEFAULT_FILTERS, period: 'lastMonth' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, direction: 'internal' })).toBe(true);
  });
});
