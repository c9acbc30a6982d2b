'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import {
  WALLBOARD_FIGURE_IDS,
  WALLBOARD_LIVE_MAX_HOURS,
  WALLBOARD_WRAP_UP_MAX_MINUTES,
  WALLBOARD_XIVO_CALL_MAX_MINUTES,
  type TWallboardAgent,
  type TWallboardAgentState,
  type TWallboardCall,
  type TWallboardCallPhase,
  type TWallboardFigureId,
  type TWallboardQueue,
  type TWallboardQueueFigures,
} from '@screenpop/contracts';
import { formatDuration, safeHref, type CtiLine } from '@/components/live/live-state';
import {
  agentCounts,
  elapsedMs,
  isOverThreshold,
  longestWaitMs,
  serviceLevelTone,
  type Tone,
} from './wallboard-state';

/** A figure's translated definition, for titles and the legend; the API's definitions use the same ids. */
function useDefinition(serviceLevelSeconds: number | null, timeZone: string | null = null) {
  const t = useTranslations('wallboard.figures');
  return (id: TWallboardFigureId) =>
    t(id, {
      seconds: serviceLevelSeconds ?? 20,
      timeZone: timeZone ?? '—',
      liveHours: WALLBOARD_LIVE_MAX_HOURS,
      xivoMinutes: WALLBOARD_XIVO_CALL_MAX_MINUTES,
      wrapUpMinutes: WALLBOARD_WRAP_UP_MAX_MINUTES,
    });
}

const duration = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));

const toneText: Record<Tone, string> = {
  good: 'text-emerald-300',
  warn: 'text-amber-300',
  bad: 'text-rose-400',
  neutral: 'text-white',
};

function Panel({
  title,
  titleId,
  aside,
  className = '',
  testId,
  children,
}: {
  title: string;
  titleId: string;
  aside?: ReactNode;
  className?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={titleId}
      data-testid={testId}
      className={`flex min-h-0 flex-col overflow-hidden rounded-xl bg-slate-900 ring-1 ring-slate-700 ${className}`}
    >
      <div className="flex items-baseline justify-between gap-3 border-b border-slate-700 px-4 py-2.5">
        <h2 id={titleId} className="text-xl font-semibold text-white">
          {title}
        </h2>
        {aside ? <div className="text-sm text-slate-300">{aside}</div> : null}
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
    </section>
  );
}

function EmptyPanel({ text, hint }: { text: string; hint?: string }) {
  return (
    <div className="px-4 py-8 text-center">
      <p className="text-lg font-medium text-slate-200">{text}</p>
      {hint ? <p className="mt-1 text-base text-slate-400">{hint}</p> : null}
    </div>
  );
}

export function TotalsTiles({
  figures,
  serviceLevelSeconds,
  nowMs,
}: {
  figures: TWallboardQueueFigures;
  serviceLevelSeconds: number;
  nowMs: number;
}) {
  const t = useTranslations('wallboard.tiles');
  const define = useDefinition(serviceLevelSeconds);
  const longest = longestWaitMs(figures, nowMs);
  const waitingLong = isOverThreshold(elapsedMs(figures.longestWaitingSince, nowMs), serviceLevelSeconds);
  const tiles: {
    id: string;
    figure: TWallboardFigureId;
    label: string;
    value: string;
    tone: Tone;
    detail?: string;
  }[] = [
    {
      id: 'waiting',
      figure: 'waiting',
      label: t('waiting'),
      value: String(figures.waiting),
      tone: figures.waiting === 0 ? 'neutral' : waitingLong ? 'bad' : 'warn',
    },
    {
      id: 'talking',
      figure: 'talking',
      label: t('talking'),
      value: String(figures.talking),
      tone: 'neutral',
    },
    {
      id: 'answered',
      figure: 'answered',
      label: t('answered'),
      value: String(figures.answered),
      tone: 'good',
    },
    {
      id: 'abandoned',
      figure: 'abandoned',
      label: t('abandoned'),
      value: String(figures.abandoned),
      tone: figures.abandoned === 0 ? 'neutral' : 'bad',
    },
    {
      id: 'longest-wait',
      figure: 'longestWait',
      label: t('longestWait'),
      value: duration(longest),
      tone: isOverThreshold(longest, serviceLevelSeconds) ? 'warn' : 'neutral',
    },
    {
      id: 'service-level',
      figure: 'serviceLevel',
      label: t('serviceLevel'),
      value: figures.serviceLevel === null ? t('none') : `${figures.serviceLevel} %`,
      tone: serviceLevelTone(figures.serviceLevel),
      detail: t('serviceLevelDetail', { seconds: serviceLevelSeconds }),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
      {tiles.map((tile) => (
        <div
          key={tile.id}
          data-testid={`wallboard-total-${tile.id}`}
          title={define(tile.figure)}
          className="flex flex-col rounded-xl bg-slate-900 px-5 py-3 ring-1 ring-slate-700"
        >
          <dt className="text-lg font-medium text-slate-300">{tile.label}</dt>
          <dd
            data-testid="wallboard-total-value"
            className={`font-mono text-6xl leading-tight font-bold tabular-nums ${toneText[tile.tone]}`}
          >
            {tile.value}
          </dd>
          {tile.detail ? <dd className="text-sm text-slate-400">{tile.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

const phaseStyle: Record<TWallboardCallPhase, string> = {
  ringing: 'bg-amber-300 text-slate-950',
  talking: 'bg-sky-400 text-slate-950',
  wrapUp: 'bg-violet-300 text-slate-950',
};

export function CallsPanel({
  calls,
  serviceLevelSeconds,
  nowMs,
  className,
}: {
  calls: readonly TWallboardCall[];
  serviceLevelSeconds: number;
  nowMs: number;
  className?: string;
}) {
  const t = useTranslations('wallboard.calls');
  const define = useDefinition(serviceLevelSeconds);
  const count = (phase: TWallboardCallPhase) => calls.filter((call) => call.phase === phase).length;
  return (
    <Panel
      title={t('title')}
      titleId="wallboard-calls-heading"
      testId="wallboard-calls"
      className={className}
      aside={t('count', { ringing: count('ringing'), talking: count('talking'), wrapUp: count('wrapUp') })}
    >
      {calls.length === 0 ? (
        <EmptyPanel text={t('empty')} hint={t('emptyHint')} />
      ) : (
        <ul className="divide-y divide-slate-800">
          {calls.map((call) => {
            const age = elapsedMs(call.since, nowMs);
            const late = call.phase === 'ringing' && isOverThreshold(age, serviceLevelSeconds);
            return (
              <li
                key={call.id}
                data-testid="wallboard-call"
                data-call-id={call.id}
                data-external-id={call.externalCallId}
                data-queue-name={call.queueName ?? ''}
                data-phase={call.phase}
                className="flex items-center gap-3 px-4 py-2.5"
              >
                <span
                  title={define(call.phase)}
                  className={`w-32 shrink-0 rounded-md px-2 py-1 text-center text-base font-bold ${phaseStyle[call.phase]}`}
                >
                  {t(`phase.${call.phase}`)}
                </span>
                <div className="min-w-0 flex-1">
                  <p
                    className="truncate font-mono text-2xl font-semibold text-white"
                    title={call.callerName ?? undefined}
                  >
                    {call.caller || '—'}
                  </p>
                  <p className="truncate text-base text-slate-300">
                    {call.queueName ?? t('noQueue')} · {call.agentName ?? t('noAgent')}
                  </p>
                </div>
                <span
                  data-testid="wallboard-call-age"
                  className={`font-mono text-3xl font-bold tabular-nums ${late ? 'text-rose-400' : 'text-white'}`}
                >
                  {duration(age)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

export function QueuesPanel({
  queues,
  serviceLevelSeconds,
  nowMs,
}: {
  queues: readonly TWallboardQueue[];
  serviceLevelSeconds: number;
  nowMs: number;
}) {
  const t = useTranslations('wallboard.queues');
  const define = useDefinition(serviceLevelSeconds);
  const columns: { key: string; figure: TWallboardFigureId; label: string }[] = [
    { key: 'waiting', figure: 'waiting', label: t('waiting') },
    { key: 'talking', figure: 'talking', label: t('talking') },
    { key: 'answered', figure: 'answered', label: t('answered') },
    { key: 'abandoned', figure: 'abandoned', label: t('abandoned') },
    { key: 'longestWait', figure: 'longestWait', label: t('longestWait') },
    { key: 'serviceLevel', figure: 'serviceLevel', label: t('serviceLevel') },
  ];
  return (
    <Panel title={t('title')} titleId="wallboard-queues-heading" testId="wallboard-queues" className="flex-1">
      {queues.length === 0 ? (
        <EmptyPanel text={t('empty')} />
      ) : (
        <table className="w-full table-fixed text-left">
          <thead className="text-xs text-slate-300">
            <tr>
              <th scope="col" className="w-[28%] px-3 py-2 font-semibold">
                {t('queue')}
              </th>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  title={define(column.figure)}
                  className="cursor-help px-1.5 py-2 text-right align-bottom font-semibold underline decoration-slate-500 decoration-dotted underline-offset-4"
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-800 font-mono text-xl whitespace-nowrap tabular-nums">
            {queues.map((queue) => {
              const longest = longestWaitMs(queue, nowMs);
              const waitingLong = isOverThreshold(
                elapsedMs(queue.longestWaitingSince, nowMs),
                serviceLevelSeconds,
              );
              return (
                <tr key={queue.id} data-testid="wallboard-queue" data-queue-name={queue.name}>
                  <th
                    scope="row"
                    className="max-w-48 truncate px-3 py-2 font-sans text-xl font-semibold text-white"
                  >
                    {queue.name}
                  </th>
                  <td
                    data-testid="wallboard-queue-waiting"
                    className={`px-1.5 py-2 text-right font-bold ${queue.waiting === 0 ? 'text-white' : waitingLong ? 'text-rose-400' : 'text-amber-300'}`}
                  >
                    {queue.waiting}
                  </td>
                  <td data-testid="wallboard-queue-talking" className="px-1.5 py-2 text-right">
                    {queue.talking}
                  </td>
                  <td
                    data-testid="wallboard-queue-answered"
                    className="px-1.5 py-2 text-right text-emerald-300"
                  >
                    {queue.answered}
                  </td>
                  <td
                    data-testid="wallboard-queue-abandoned"
                    className={`px-1.5 py-2 text-right ${queue.abandoned > 0 ? 'text-rose-400' : ''}`}
                  >
                    {queue.abandoned}
                  </td>
                  <td className="px-1.5 py-2 text-right">{duration(longest)}</td>
                  <td
                    className={`px-2 py-2 text-right font-bold ${toneText[serviceLevelTone(queue.serviceLevel)]}`}
                  >
                    {queue.serviceLevel === null ? '—' : `${queue.serviceLevel} %`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

const agentStyle: Record<TWallboardAgentState, { card: string; badge: string }> = {
  onCall: { card: 'ring-sky-400', badge: 'bg-sky-400 text-slate-950' },
  paused: { card: 'ring-rose-400', badge: 'bg-rose-400 text-slate-950' },
  wrapUp: { card: 'ring-violet-300', badge: 'bg-violet-300 text-slate-950' },
  ready: { card: 'ring-emerald-400', badge: 'bg-emerald-400 text-slate-950' },
};

const agentFigure: Record<TWallboardAgentState, TWallboardFigureId> = {
  onCall: 'agentOnCall',
  paused: 'agentPaused',
  wrapUp: 'agentWrapUp',
  ready: 'agentReady',
};

export function AgentsPanel({
  agents,
  nowMs,
  className,
}: {
  agents: readonly TWallboardAgent[];
  nowMs: number;
  className?: string;
}) {
  const t = useTranslations('wallboard.agents');
  const define = useDefinition(null);
  const counts = agentCounts(agents);
  return (
    <Panel
      title={t('title')}
      titleId="wallboard-agents-heading"
      testId="wallboard-agents"
      className={className}
      aside={<span title={define('agentLoggedOn')}>{t('count', counts)}</span>}
    >
      {agents.length === 0 ? (
        <EmptyPanel text={t('empty')} hint={t('emptyHint')} />
      ) : (
        <ul className="grid gap-2 p-3 sm:grid-cols-2">
          {agents.map((agent) => {
            const style = agentStyle[agent.state];
            const where = agent.loggedOn
              ? agent.loggedOn.via === 'xivoLogin'
                ? t('xivoLogin', { where: agent.loggedOn.where ?? '—' })
                : t('shuttlePeer', { where: agent.loggedOn.where ?? '—' })
              : t('seenOnCall');
            return (
              <li
                key={agent.id}
                data-testid="wallboard-agent"
                data-agent-name={agent.name}
                data-state={agent.state}
                className={`rounded-lg bg-slate-800 px-3 py-2 ring-2 ${style.card}`}
              >
                <div className="flex items-center justify-between gap-2">
                  <p className="min-w-0 truncate text-lg font-semibold text-white">
                    {agent.name}
                    {agent.externalId && agent.externalId !== agent.name ? (
                      <span className="ml-2 font-mono text-sm text-slate-400">{agent.externalId}</span>
                    ) : null}
                  </p>
                  <span className="font-mono text-xl font-bold text-white tabular-nums">
                    {duration(elapsedMs(agent.since, nowMs))}
                  </span>
                </div>
                <p
                  data-testid="wallboard-agent-state"
                  title={define(agentFigure[agent.state])}
                  className={`mt-1 truncate rounded px-2 py-0.5 text-lg font-bold ${style.badge}`}
                >
                  {agent.state === 'paused' && agent.pauseReason
                    ? t('pausedReason', { reason: agent.pauseReason })
                    : t(`state.${agent.state}`)}
                </p>
                <p className="mt-1 truncate text-sm text-slate-400" title={define('agentLoggedOn')}>
                  {where}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

const clock = (iso: string, timeZone: string | undefined) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone });

/** The RealtimeCTI feed, newest first, as Shuttle's "Integration Realtime" panel shows it. */
export function CtiPanel({ lines, timeZone }: { lines: readonly CtiLine[]; timeZone?: string }) {
  const t = useTranslations('wallboard.cti');
  return (
    <Panel title={t('title')} titleId="wallboard-cti-heading" testId="wallboard-cti" className="max-h-72">
      {lines.length === 0 ? (
        <EmptyPanel text={t('empty')} />
      ) : (
        <ol aria-live="polite" className="divide-y divide-slate-800">
          {lines.slice(0, 20).map(({ id, at, cti }) => {
            const href = cti.url ? safeHref(cti.url) : null;
            return (
              <li key={id} data-testid="wallboard-cti-item" className="flex items-baseline gap-2 px-4 py-1.5">
                <time dateTime={at} className="shrink-0 font-mono text-sm text-slate-400 tabular-nums">
                  {clock(at, timeZone)}
                </time>
                <span className="shrink-0 rounded bg-teal-300 px-1.5 text-sm font-semibold text-slate-950">
                  {cti.type}
                </span>
                <span className="min-w-0 truncate font-mono text-sm text-slate-200" title={cti.reference}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer" className="hover:underline">
                      {cti.reference}
                    </a>
                  ) : (
                    cti.reference
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}

/** Every figure's definition, on demand: the large screen stays uncluttered. */
export function Legend({
  serviceLevelSeconds,
  timeZone,
}: {
  serviceLevelSeconds: number | null;
  timeZone: string | null;
}) {
  const t = useTranslations('wallboard');
  const define = useDefinition(serviceLevelSeconds, timeZone);
  return (
    <details data-testid="wallboard-legend" className="relative">
      <summary className="cursor-pointer rounded-full bg-slate-800 px-4 py-1.5 text-lg font-semibold text-white ring-1 ring-slate-600 hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-teal-300">
        {t('legend.show')}
      </summary>
      <div className="absolute right-0 z-10 mt-2 max-h-[80vh] w-[40rem] overflow-y-auto rounded-xl bg-slate-900 p-5 shadow-2xl ring-1 ring-slate-600">
        <h2 className="text-xl font-semibold text-white">{t('legend.title')}</h2>
        <dl className="mt-3 space-y-3">
          {WALLBOARD_FIGURE_IDS.map((id) => (
            <div key={id} data-testid="wallboard-definition" data-figure={id}>
              <dt className="font-semibold text-white">{t(`figureNames.${id}`)}</dt>
              <dd className="text-base text-slate-300">{define(id)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
