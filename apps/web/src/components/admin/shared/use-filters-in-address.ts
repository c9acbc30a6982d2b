'use client';

import { useEffect } from 'react';
import { toSearch } from '@/lib/admin/search-params';

/**
 * Keeps a list's filters in the address (`/admin/users?role=agent&page=2`, page 1 left out), so a
 * reload, the back button or a shared link shows the same list.
 */
export function useFiltersInAddress<F extends Record<keyof F, string | number> & { page: number }>(
  path: string,
  filters: F,
) {
  const query = toSearch({ ...filters, page: filters.page > 1 ? filters.page : undefined });
  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${path}${query}`);
  }, [path, query]);
}
