import { describe, expect, it } from 'vitest';
import { historyFromSearch } from './history-query';

describe('historyFromSearch', () => {
  it('reads the days offered and the page', () => {
    expect(historyFromSearch({ days: '30', page: '2' })).toEqual({ days: 30, page: 2 });
    expect(historyFromSearch({ days: '1' })).toEqual({ days: 1, page: 1 });
  });

  it('falls back to 7 days and page 1 for anything else', () => {
    expect(historyFromSearch({})).toEqual({ days: 7, page: 1 });
    expect(historyFromSearch({ days: '12', page: '0' })).toEqual({ days: 7, page: 1 });
    expect(historyFromSearch({ days: 'many', page: ['2', '3'] })).toEqual({ days: 7, page: 1 });
  });
});
