'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { ZShuttleRealtimeCti, ZWallboardSnapshot, type TWallboardSnapshot } from '@screenpop/contracts';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ConnectionStatus } from '@/lib/socket-client';
import { connectSupervisorFeed } from '@/lib/supervisor-feed';
import { fetchWallboard } from '@/lib/wallboard-api';
import { addCtiLine, ctiLine, type CtiLine } from '@/components/live/live-state';
import { AgentsPanel, CallsPanel, CtiPanel, Legend, QueuesPanel, TotalsTiles } from './wallboard-panels';
import { newerSnapshot } from './wallboard-state';

const TICK_MS = 1000;
/** Time-bound states (a XiVO call, an open wrap-up) expire without an event: read again now and then. */
const REFRESH_MS = 30_000;
const LOGIN_PATH = '/login?next=/wallboard';

export function WallboardClient({ publicApiUrl }: { publicApiUrl: string }) {
  const t = useTranslations('wallboard');
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <div role="status" className="p-8 text-lg text-slate-300">
        {t('loading')}
      </div>
    );
  }
  return <WallboardView publicApiUrl={publicApiUrl} />;
}

function WallboardView({ publicApiUrl }: { publicApiUrl: string }) {
  const t = useTranslations('wallboard');
  const format = useFormatter();
  const [status, setStatus] = useState<ConnectionStatus>({ kind: 'connecting' });
  const [notice, setNotice] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<TWallboardSnapshot | null>(null);
  const [ctiLines, setCtiLines] = useState<CtiLine[]>([]);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const ctiSequence = useRef(1);

  const load = useCallback(
    async (signal: AbortSignal) => {
      const result = await fetchWallboard(signal);
      if (!result.ok) {
        if (result.status === 401) window.location.assign(LOGIN_PATH);
        else setNotice(t('notice.loadFailed', { message: result.message }));
        return;
      }
      setNotice(null);
      setSnapshot((current) => newerSnapshot(current, result.data));
    },
    [t],
  );

  useEffect(() => {
    const reads = new AbortController();
    // Each (re)connection asks the web origin for a one-minute ticket for the socket's handshake.
    const socket = connectSupervisorFeed(publicApiUrl, {
      returnTo: '/wallboard',
      onStatus: setStatus,
      onConnected: () => load(reads.signal).catch(() => undefined),
    });
    socket.on('wallboard.updated', (raw) => {
      const parsed = ZWallboardSnapshot.safeParse(raw);
      if (parsed.success) setSnapshot((current) => newerSnapshot(current, parsed.data));
    });
    socket.on('RealtimeCTI', (raw) => {
      const cti = ZShuttleRealtimeCti.safeParse(raw);
      if (cti.success) {
        const line = ctiLine(ctiSequence.current++, cti.data, new Date());
        setCtiLines((current) => addCtiLine(current, line));
      }
    });
    socket.on('Error', (error) => setNotice(t('notice.throttled', { message: error.ctiMessage.Error })));
    const refresh = setInterval(() => {
      if (socket.connected) load(reads.signal).catch(() => undefined);
    }, REFRESH_MS);

    return () => {
      clearInterval(refresh);
      reads.abort();
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [publicApiUrl, load, t]);

  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // Ages never start below the snapshot's own time, even when this browser's clock runs behind.
  const now = Math.max(nowMs, snapshot ? Date.parse(snapshot.generatedAt) : 0);
  const timeZone = snapshot?.day.timeZone;

  return (
    <main className="flex min-h-[calc(100vh-3.5rem)] flex-col gap-4 bg-slate-950 px-6 py-4 text-slate-100">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-baseline gap-4">
          <h1 className="text-3xl font-bold tracking-tight text-white">{t('title')}</h1>
          {snapshot ? (
            <p data-testid="wallboard-day" className="text-xl text-slate-300">
              {t('today', {
                date: format.dateTime(new Date(`${snapshot.day.date}T12:00:00Z`), {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                  timeZone: 'UTC',
                }),
              })}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-6">
          <time className="font-mono text-3xl font-semibold text-white tabular-nums" suppressHydrationWarning>
            {format.dateTime(new Date(nowMs), {
              hour: '2-digit',
              minute: '2-digit',
              second: '2-digit',
              timeZone,
            })}
          </time>
          <ConnectionBadge status={status} />
          <Legend serviceLevelSeconds={snapshot?.serviceLevelSeconds ?? null} timeZone={timeZone ?? null} />
        </div>
      </div>

      {notice ? (
        <p
          role="alert"
          data-testid="wallboard-notice"
          className="rounded-md bg-amber-300 px-4 py-2 text-lg font-medium text-slate-950"
        >
          {notice}
        </p>
      ) : null}
      {snapshot?.truncated ? (
        <p role="status" className="rounded-md bg-amber-300 px-4 py-2 text-base text-slate-950">
          {t('notice.truncated')}
        </p>
      ) : null}

      {snapshot ? (
        <>
          <TotalsTiles
            figures={snapshot.totals}
            serviceLevelSeconds={snapshot.serviceLevelSeconds}
            nowMs={now}
          />
          <div className="grid min-h-0 flex-1 gap-4 xl:grid-cols-12">
            <CallsPanel
              className="xl:col-span-4"
              calls={snapshot.calls}
              serviceLevelSeconds={snapshot.serviceLevelSeconds}
              nowMs={now}
            />
            <div className="flex min-h-0 flex-col gap-4 xl:col-span-4">
              <QueuesPanel
                queues={snapshot.queues}
                serviceLevelSeconds={snapshot.serviceLevelSeconds}
                nowMs={now}
              />
              <CtiPanel lines={ctiLines} timeZone={timeZone} />
            </div>
            <AgentsPanel className="xl:col-span-4" agents={snapshot.agents} nowMs={now} />
          </div>
        </>
      ) : (
        <p role="status" className="p-8 text-xl text-slate-300">
          {t('loading')}
        </p>
      )}
    </main>
  );
}

function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const t = useTranslations('wallboard.connection');
  const styles: Record<ConnectionStatus['kind'], string> = {
    connected: 'bg-emerald-400 text-slate-950',
    connecting: 'bg-amber-300 text-slate-950',
    disconnected: 'bg-slate-600 text-white',
    error: 'bg-rose-500 text-white',
  };
  const text = status.kind === 'error' ? t('error', { message: status.message }) : t(status.kind);
  return (
    <p
      role="status"
      data-testid="wallboard-connection"
      data-status={status.kind}
      title={text}
      className={`max-w-md truncate rounded-full px-4 py-1.5 text-lg font-semibold ${styles[status.kind]}`}
    >
      {text}
    </p>
  );
}
