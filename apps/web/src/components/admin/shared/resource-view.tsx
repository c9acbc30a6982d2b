'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LoadError } from './load-error';
import type { ApiResource, ResourceState } from './use-api-resource';

/**
 * What a resource loaded by `useApiResource` shows: "Loading…" the first time, the error with a retry,
 * then `children` with the data (the last data stays while the next loads). `failure` words the error.
 */
export function ResourceView<T>({
  resource,
  failure,
  children,
}: {
  resource: ApiResource<T>;
  failure?: (message: string) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  const t = useTranslations('common');
  const { state } = resource;
  if (state.status === 'loading') {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('states.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return <LoadError message={state.message} text={failure?.(state.message)} onRetry={resource.reload} />;
  }
  return children(state.data);
}

/** "Loading…" beside a list's filters while the next page or filter loads over the last one. */
export function Reloading({ resource }: { resource: { busy: boolean; state: ResourceState<unknown> } }) {
  const t = useTranslations('common');
  if (!resource.busy || resource.state.status !== 'ready') return null;
  return (
    <p role="status" className="pb-2 text-sm text-slate-500">
      {t('states.loading')}
    </p>
  );
}
