'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LoadError } from '@/components/admin/shared/load-error';
import { Notice } from '@/components/admin/shared/notice';
import type { ApiResource } from '@/components/admin/shared/use-api-resource';
import { splitIssues } from './report-query';

/** A section of the reports: its heading, what it counts, its CSV download, and its content. */
export function ReportPanel({
  id,
  title,
  description,
  exportHref,
  aside,
  testId,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  /** The export endpoint with the filters on screen; the link downloads the table as CSV. */
  exportHref?: string;
  aside?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid={testId}
      className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <div className="min-w-0">
          <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 max-w-3xl text-sm text-slate-600">{description}</p> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {aside}
          {exportHref ? <DownloadCsv href={exportHref} table={title} testId={`${testId}-export`} /> : null}
        </div>
      </div>
      <div className="p-4">{children}</div>
    </section>
  );
}

/** A plain link, so the browser downloads the API's CSV attachment itself. */
export function DownloadCsv({ href, table, testId }: { href: string; table: string; testId?: string }) {
  const t = useTranslations('reports');
  return (
    <a
      href={href}
      download
      data-testid={testId}
      className="inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium text-teal-800 ring-1 ring-teal-200 ring-inset hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-600"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
        <path d="M10 2.5a.75.75 0 0 1 .75.75v7.69l2.72-2.72a.75.75 0 1 1 1.06 1.06l-4 4a.75.75 0 0 1-1.06 0l-4-4a.75.75 0 0 1 1.06-1.06l2.72 2.72V3.25A.75.75 0 0 1 10 2.5ZM3.5 14.25a.75.75 0 0 1 .75.75v.5c0 .14.11.25.25.25h11a.25.25 0 0 0 .25-.25V15a.75.75 0 0 1 1.5 0v.5A1.75 1.75 0 0 1 15.5 17.25h-11A1.75 1.75 0 0 1 2.75 15.5V15a.75.75 0 0 1 .75-.75Z" />
      </svg>
      {t('export.download')}
      <span className="sr-only">{t('export.of', { table })}</span>
    </a>
  );
}

/**
 * A report's content once loaded: "Loading…" the first time, then the data (dimmed while the next
 * filters load). A 400 about the filters is said once, at the filters; other errors here, with a retry.
 */
export function ReportResource<T>({
  resource,
  children,
}: {
  resource: ApiResource<T>;
  children: (data: T) => ReactNode;
}) {
  const t = useTranslations('reports');
  const { state } = resource;
  if (state.status === 'loading') {
    return (
      <p role="status" className="py-6 text-center text-sm text-slate-600">
        {t('states.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    const { byField, other } = splitIssues(state.error?.issues);
    if (state.error?.statusCode === 400 && other.length === 0 && Object.keys(byField).length > 0) {
      return <p className="py-6 text-center text-sm text-slate-600">{t('states.fixFilters')}</p>;
    }
    if (other.length > 0) {
      return (
        <Notice tone="error">
          {t('states.failed', { message: state.message })}
          <IssueList issues={other} />
        </Notice>
      );
    }
    return (
      <LoadError
        message={state.message}
        text={t('states.failed', { message: state.message })}
        onRetry={resource.reload}
      />
    );
  }
  return (
    <div aria-busy={resource.busy} className={resource.busy ? 'opacity-60 transition-opacity' : undefined}>
      {children(state.data)}
    </div>
  );
}

/** The fields a 400 names, each with what is wrong with it. */
export function IssueList({ issues }: { issues: readonly { path: string; message: string }[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="mt-1 list-disc pl-5">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>
          <code className="font-mono">{issue.path}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
