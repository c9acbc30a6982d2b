'use client';

import { type DependencyList, useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '@/lib/api-client';

export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

/**
 * Loads from the API whenever `deps` change (the previous request is aborted). While a new page or
 * filter loads, the last data stays on screen and `busy` is true; `reload` asks again (after an error).
 */
export function useApiResource<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
  deps: DependencyList,
): { state: ResourceState<T>; busy: boolean; reload: () => void } {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [busy, setBusy] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load(controller.signal)
      .then((result) => {
        setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', message: result.message });
        setBusy(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
    // `load` is rebuilt on every render; `deps` say when to ask again.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, busy, reload };
}
