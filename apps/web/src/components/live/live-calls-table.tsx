import Link from 'next/link';
import type { TCallState, TLiveCall, TPlatform } from '@screenpop/contracts';
import { callAgeMs, callStateLabel, formatDuration, isInProgress } from './live-state';

const stateStyles: Record<TCallState, string> = {
  ringing: 'bg-amber-50 text-amber-900 ring-amber-300',
  answered: 'bg-sky-50 text-sky-800 ring-sky-200',
  ended: 'bg-slate-100 text-slate-600 ring-slate-200',
  abandoned: 'bg-rose-50 text-rose-800 ring-rose-200',
};

const platformLabel: Record<TPlatform, string> = { xivo: 'XiVO', shuttle: 'Shuttle', vodia: 'Vodia' };

export function LiveCallsTable({
  calls,
  nowMs,
  completedCallIds,
  connected,
}: {
  calls: readonly TLiveCall[];
  nowMs: number;
  completedCallIds: ReadonlySet<string>;
  connected: boolean;
}) {
  if (calls.length === 0) {
    return (
      <div data-testid="live-calls" className="px-6 py-14 text-center">
        {connected ? (
          <>
            <p className="text-sm font-medium text-slate-700">No calls in progress.</p>
            <p className="mt-1 text-sm text-slate-500">
              Place one from the{' '}
              <Link href="/simulator" className="font-medium text-teal-800 hover:underline">
                simulator
              </Link>
              : it appears here as soon as the platform tells Screenpop.
            </p>
          </>
        ) : (
          <>
            <p className="text-sm font-medium text-slate-700">Not connected.</p>
            <p className="mt-1 text-sm text-slate-500">
              Enter the supervisor access token above to watch the calls in progress.
            </p>
          </>
        )}
      </div>
    );
  }

  return (
    <div data-testid="live-calls" className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Caller
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Callee
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Queue
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              Agent
            </th>
            <th scope="col" className="px-4 py-2.5 font-semibold">
              State
            </th>
            <th scope="col" className="px-4 py-2.5 text-right font-semibold">
              Age
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calls.map((call) => {
            const active = isInProgress(call);
            return (
              <tr
                key={call.id}
                data-testid="live-call-row"
                data-call-id={call.id}
                data-external-id={call.externalCallId}
                data-state={call.state}
                className={active ? 'bg-white' : 'bg-slate-50/60 text-slate-500'}
              >
                <td className="px-4 py-3">
                  <p data-testid="live-call-caller" className="font-mono font-medium text-slate-900">
                    {call.caller || '—'}
                  </p>
                  <p className="mt-0.5 text-xs text-slate-500">
                    {[call.callerName, platformLabel[call.source]].filter(Boolean).join(' · ')}
                  </p>
                </td>
                <td data-testid="live-call-callee" className="px-4 py-3 font-mono text-slate-700">
                  {call.callee || '—'}
                </td>
                <td data-testid="live-call-queue" className="px-4 py-3 text-slate-700">
                  {call.queueName ?? <span className="text-slate-400">No queue</span>}
                </td>
                <td data-testid="live-call-agent" className="px-4 py-3 text-slate-700">
                  {call.agentName ?? <span className="text-slate-400">Not assigned</span>}
                </td>
                <td className="px-4 py-3">
                  <span className="flex flex-wrap items-center gap-1.5">
                    <span
                      data-testid="live-call-state"
                      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${stateStyles[call.state]}`}
                    >
                      {call.state === 'ringing' ? (
                        <span
                          aria-hidden="true"
                          className="size-1.5 animate-pulse rounded-full bg-amber-500"
                        />
                      ) : null}
                      {callStateLabel(call.state)}
                    </span>
                    {completedCallIds.has(call.id) ? (
                      <span
                        className="text-xs font-medium text-emerald-700"
                        title="The agent completed the call report"
                      >
                        ✓ Report
                      </span>
                    ) : null}
                  </span>
                </td>
                <td
                  data-testid="live-call-age"
                  className="px-4 py-3 text-right font-mono text-slate-700 tabular-nums"
                >
                  {formatDuration(callAgeMs(call, nowMs))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
