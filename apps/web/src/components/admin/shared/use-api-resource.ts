'use client';

import { type DependencyList, useCallback, useEffect, useState } from 'react';
import type { TApiError } from '@screenpop/contracts';
import type { ApiResult } from '@/lib/api-client';

export type ResourceState<T> =
  | { status: 'loading' }
  /** `error` is the API's error body when it sent one (its `issues` name the fields of a 400). */
  | { status: 'error'; message: string; error?: TApiError | null }
  | { status: 'ready'; data: T };

export interface ApiResource<T> {
  state: ResourceState<T>;
  /** A request is on its way (the first one, or a reload over the last data). */
  busy: boolean;
  /** Asks again with the same deps (after an error, or after a change made elsewhere). */
  reload: () => void;
  /** Changes the data on screen without asking the API (the answer of a save, an optimistic move). */
  update: (change: (data: T) => T) => void;
}

/**
 * Loads from the API whenever `deps` change (the previous request is aborted). While a new page or
 * filter loads, the last data stays on screen and `busy` is true; `reload` asks again (after an error).
 * A `load` that resolves to `null` has moved on by itself (it changed the deps): the screen keeps waiting.
 */
export function useApiResource<T>(
  load: (signal: AbortSignal) => Promise<ApiResult<T> | null>,
  deps: DependencyList,
): ApiResource<T> {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [busy, setBusy] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setBusy(true);
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load(controller.signal)
      .then((result) => {
        if (result === null) return;
        setState(
          result.ok
            ? { status: 'ready', data: result.data }
            : { status: 'error', message: result.message, error: result.error },
        );
        setBusy(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
    // `load` is rebuilt on every render; `deps` say when to ask again.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((previous) =>
        previous.status === 'ready' ? { status: 'ready', data: change(previous.data) } : previous,
      ),
    [],
  );
  return { state, busy, reload, update };
}
