'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ZAgentSession,
  ZLiveCall,
  ZShuttleRealtimeCti,
  type TAgentSession,
  type TLiveCall,
} from '@screenpop/contracts';
import { buttonClass } from '@/components/ui/button';
import { ConnectionStatusLine } from '@/components/ui/connection-status';
import { useHydrated } from '@/components/ui/use-hydrated';
import { api } from '@/lib/api-client';
import type { ConnectionStatus } from '@/lib/socket-client';
import { connectSupervisorFeed } from '@/lib/supervisor-feed';
import { AgentSessions } from './agent-sessions';
import { CtiFeed } from './cti-feed';
import { LiveCallsTable } from './live-calls-table';
import {
  addCtiLine,
  ctiLine,
  mergeCalls,
  mergeSessions,
  pruneCalls,
  upsertCall,
  visibleCalls,
  type CtiLine,
} from './live-state';

const TICK_MS = 1000;

export function LiveClient({ publicApiUrl }: { publicApiUrl: string }) {
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <div role="status" className="p-8 text-sm text-slate-500">
        Loading the live view…
      </div>
    );
  }
  return <LiveView publicApiUrl={publicApiUrl} />;
}

function LiveView({ publicApiUrl }: { publicApiUrl: string }) {
  const [status, setStatus] = useState<ConnectionStatus>({ kind: 'connecting' });
  const [notice, setNotice] = useState<string | null>(null);
  const [calls, setCalls] = useState<TLiveCall[]>([]);
  const [ctiLines, setCtiLines] = useState<CtiLine[]>([]);
  const [sessions, setSessions] = useState<TAgentSession[]>([]);
  const [completed, setCompleted] = useState<ReadonlySet<string>>(() => new Set());
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [attempt, setAttempt] = useState(0);
  const ctiSequence = useRef(1);

  const loadSnapshot = useCallback(async (signal: AbortSignal) => {
    const [live, logins] = await Promise.all([api.liveCalls(signal), api.agentSessions(signal)]);
    if (!live.ok) {
      if (live.status === 401) window.location.assign('/login?next=/live');
      else setNotice(`The calls in progress could not be loaded: ${live.message}`);
      return;
    }
    setNotice(null);
    setCalls((current) => mergeCalls(current, live.data));
    if (logins.ok) setSessions((current) => mergeSessions(current, logins.data.sessions));
  }, []);

  useEffect(() => {
    const snapshot = new AbortController();
    const socket = connectSupervisorFeed(publicApiUrl, {
      returnTo: '/live',
      onStatus: setStatus,
      onConnected: () => loadSnapshot(snapshot.signal).catch(() => undefined),
    });
    socket.on('call.updated', (raw) => {
      const call = ZLiveCall.safeParse(raw);
      if (call.success) setCalls((current) => upsertCall(current, call.data));
    });
    socket.on('RealtimeCTI', (raw) => {
      const cti = ZShuttleRealtimeCti.safeParse(raw);
      if (cti.success) {
        const line = ctiLine(ctiSequence.current++, cti.data, new Date());
        setCtiLines((current) => addCtiLine(current, line));
      }
    });
    socket.on('agent.session', (raw) => {
      const session = ZAgentSession.safeParse(raw);
      if (session.success) setSessions((current) => mergeSessions(current, [session.data]));
    });
    socket.on('form.completed', (completedForm) => {
      setCompleted((current) => new Set(current).add(completedForm.callId));
    });
    socket.on('Error', (error) =>
      setNotice(`The server is slowing this page down: ${error.ctiMessage.Error}`),
    );

    return () => {
      snapshot.abort();
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [publicApiUrl, loadSnapshot, attempt]);

  // Ages tick while there is a call on screen; ended calls leave the table after a while.
  const hasCalls = calls.length > 0;
  useEffect(() => {
    if (!hasCalls) return;
    const timer = setInterval(() => {
      const tick = Date.now();
      setNowMs(tick);
      setCalls((current) => pruneCalls(current, tick));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [hasCalls]);

  // Ages count from the last tick; a call that arrives between ticks starts at its own time.
  const now = Math.max(nowMs, ...calls.map((call) => Date.parse(call.ringingAt)));
  const shown = visibleCalls(calls, now);
  const ringing = shown.filter((call) => call.state === 'ringing').length;
  const onCall = shown.filter((call) => call.state === 'answered').length;
  const connected = status.kind === 'connected';

  return (
    <main className="mx-auto max-w-screen-2xl px-4 py-6 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Live calls</h1>
          <p className="mt-1 text-sm text-slate-600">
            Calls in progress on every platform, updated as they ring, are answered and end.
          </p>
        </div>
        <div className="flex items-center gap-3 rounded-lg bg-white px-3 py-2 shadow-sm ring-1 ring-slate-200">
          <ConnectionStatusLine status={status} testId="live-status" />
          {status.kind === 'error' ? (
            <button
              type="button"
              data-testid="live-connect"
              onClick={() => {
                setStatus({ kind: 'connecting' });
                setAttempt((n) => n + 1);
              }}
              className={buttonClass('secondary', 'py-1')}
            >
              Reconnect
            </button>
          ) : null}
        </div>
      </div>

      {notice ? (
        <p
          role="alert"
          data-testid="live-notice"
          className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          {notice}
        </p>
      ) : null}

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <section
          aria-labelledby="calls-heading"
          className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200 lg:col-span-2"
        >
          <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
            <h2 id="calls-heading" className="text-sm font-semibold text-slate-900">
              Calls in progress
            </h2>
            <p data-testid="live-counts" className="flex gap-3 text-xs text-slate-500">
              <span>
                <span className="font-semibold text-amber-800 tabular-nums">{ringing}</span> ringing
              </span>
              <span>
                <span className="font-semibold text-sky-800 tabular-nums">{onCall}</span> on call
              </span>
            </p>
          </div>
          <LiveCallsTable calls={shown} nowMs={now} completedCallIds={completed} connected={connected} />
        </section>

        <div className="flex flex-col gap-6">
          <section
            aria-labelledby="cti-heading"
            className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
          >
            <h2 id="cti-heading" className="text-sm font-semibold text-slate-900">
              Integration realtime
            </h2>
            <p className="mt-0.5 mb-3 text-xs text-slate-500">
              RealtimeCTI from Shuttle calls, newest first.
            </p>
            <CtiFeed lines={ctiLines} />
          </section>
          <section
            aria-labelledby="sessions-heading"
            className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
          >
            <h2 id="sessions-heading" className="mb-3 text-sm font-semibold text-slate-900">
              Recent agent logins
            </h2>
            <AgentSessions sessions={sessions} />
          </section>
        </div>
      </div>
    </main>
  );
}
