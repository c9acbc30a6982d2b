import { describe, expect, it } from 'vitest';
import { toSearch } from './search-params';

describe('toSearch', () => {
  it('keeps the set filters, encoded, and leaves out the empty ones', () => {
    expect(toSearch({ q: ' Marie Curie ', role: undefined, active: false, page: 2, entityType: '' })).toBe(
      '?q=Marie+Curie&active=false&page=2',
    );
  });

  it('is empty when no filter is set', () => {
    expect(toSearch({ q: '  ', role: null })).toBe('');
  });
});
