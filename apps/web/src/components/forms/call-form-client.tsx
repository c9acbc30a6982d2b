'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { TFormView } from '@screenpop/contracts';
import { api } from '@/lib/api-client';
import { buttonClass } from '@/components/ui/button';
import { CallDetails } from './call-details';
import { CallForm } from './call-form';
import { CompletedSummary } from './completed-summary';
import { ContactCard } from './contact-card';
import { hasHost, notifyHostOfCompletion } from './host-window';
import { PreviousCalls } from './previous-calls';

// Long enough for the agent to see the confirmation before the desktop closes the pane.
const CLOSE_DELAY_MS = 1000;

type LoadState =
  | { kind: 'loading' }
  // `message` is the API's own explanation, when it sent one.
  | { kind: 'failed'; status: number | null; message: string | null }
  | { kind: 'editing'; view: TFormView }
  | { kind: 'completed'; view: TFormView; justCompleted: boolean };

export function CallFormClient({ id }: { id: string }) {
  const t = useTranslations('callForm');
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api
      .openForm(id, controller.signal)
      .then((result) => {
        if (!result.ok)
          setState({ kind: 'failed', status: result.status, message: result.error?.message ?? null });
        else if (result.data.status === 'completed')
          setState({ kind: 'completed', view: result.data, justCompleted: false });
        else setState({ kind: 'editing', view: result.data });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [id, attempt]);

  const view = state.kind === 'editing' || state.kind === 'completed' ? state.view : null;
  const untitled = t('header.untitled');
  useEffect(() => {
    if (view) document.title = view.title ?? view.template?.name ?? untitled;
  }, [view, untitled]);

  const justCompleted = state.kind === 'completed' && state.justCompleted;
  useEffect(() => {
    if (!justCompleted) return;
    const timer = setTimeout(() => notifyHostOfCompletion(window), CLOSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [justCompleted]);

  if (state.kind === 'loading') {
    return (
      <Centered>
        <div role="status" data-testid="form-loading" className="flex items-center gap-3 text-slate-600">
          <span
            aria-hidden="true"
            className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-teal-700"
          />
          {t('loading')}
        </div>
      </Centered>
    );
  }

  if (state.kind === 'failed') {
    const notFound = state.status === 404;
    // 502-504: the web server answered but the API behind it did not.
    const unreachable = state.status === null || (state.status >= 502 && state.status <= 504);
    return (
      <Centered>
        <div
          role="alert"
          data-testid="form-load-error"
          className="max-w-md rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200"
        >
          <h1 className="text-base font-semibold text-slate-900">
            {notFound
              ? t('load.notFoundTitle')
              : unreachable
                ? t('load.unreachableTitle')
                : t('load.failedTitle')}
          </h1>
          <p className="mt-2 text-sm text-slate-600">
            {notFound
              ? t('load.notFoundBody')
              : unreachable
                ? t('load.unreachableBody')
                : (state.message ?? t('load.unexpected', { status: state.status ?? 0 }))}
          </p>
          {notFound ? null : (
            <button
              type="button"
              data-testid="form-retry"
              className={buttonClass('primary', 'mt-4')}
              onClick={() => {
                setState({ kind: 'loading' });
                setAttempt((value) => value + 1);
              }}
            >
              {t('load.retry')}
            </button>
          )}
        </div>
      </Centered>
    );
  }

  const current = state.view;
  const host =
    typeof window === 'undefined'
      ? 'none'
      : hasHost(window)
        ? window.parent !== window
          ? 'parent'
          : 'opener'
        : 'none';
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3">
          <div className="min-w-0">
            <p className="text-xs font-medium tracking-wide text-teal-700 uppercase">{t('header.eyebrow')}</p>
            <h1 className="truncate text-lg font-semibold text-slate-900">
              {current.title ?? current.template?.name ?? untitled}
            </h1>
          </div>
          <div className="flex flex-wrap items-center gap-2 text-xs">
            {current.autopause && state.kind === 'editing' ? (
              <span className="rounded-full bg-amber-50 px-2.5 py-1 font-medium text-amber-800 ring-1 ring-amber-200">
                {t('header.paused', {
                  reason: current.autopauseReason ?? t('header.defaultPauseReason'),
                })}
              </span>
            ) : null}
            <span
              className={`rounded-full px-2.5 py-1 font-medium ring-1 ${
                state.kind === 'completed'
                  ? 'bg-emerald-50 text-emerald-800 ring-emerald-200'
                  : 'bg-sky-50 text-sky-800 ring-sky-200'
              }`}
            >
              {state.kind === 'completed' ? t('header.completed') : t('header.inProgress')}
            </span>
          </div>
        </div>
      </header>

      <main className="mx-auto grid max-w-6xl gap-4 p-4 md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] md:items-start">
        <div className="space-y-4">
          <CallDetails view={current} />
          <ContactCard contact={current.contact} />
          <PreviousCalls calls={current.previousCalls} dispositions={current.template?.dispositions ?? []} />
        </div>
        <div>
          {state.kind === 'completed' ? (
            <CompletedSummary view={current} justCompleted={state.justCompleted} host={host} />
          ) : (
            <CallForm
              view={current}
              onCompleted={(completed) =>
                setState({ kind: 'completed', view: completed, justCompleted: true })
              }
            />
          )}
        </div>
      </main>
    </div>
  );
}

function Centered({ children }: { children: React.ReactNode }) {
  return <main className="grid min-h-screen place-items-center p-6">{children}</main>;
}
