'use client';

import { useCallback, useRef, useState } from 'react';
import { ZXivoThirdPartyResponse } from '@screenpop/contracts';
import { buttonClass } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { AgentStateBadge } from './agent-state-badge';
import { EventLog, useEventLog } from './event-log';
import { useStateMachine } from './use-state-machine';
import { callIdOf, formatPayload, parsePayload, payloadPresets, withCallId } from './simulator-payload';
import {
  POPUP_FEATURES,
  agentState,
  canAnswer,
  canHangUp,
  canRing,
  initialSimulatorState,
  newCallId,
  transition,
  type SimulatorEvent,
} from './simulator-state';
import { ThirdPartyArea } from './third-party-area';
import { type ThirdPartyClosedBy, useThirdPartyWindow } from './use-third-party-window';

/** The simulator needs the browser (its origin, fresh call ids, windows): render it once hydrated. */
export function SimulatorClient({ className = '' }: { className?: string }) {
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <div role="status" className="p-8 text-sm text-slate-500">
        Loading the agent desktop…
      </div>
    );
  }
  return <AgentDesktop className={className} />;
}

function AgentDesktop({ className }: { className: string }) {
  const callSequence = useRef(1);
  const freshCallId = () => newCallId(Date.now(), callSequence.current++);

  const [serviceUrl, setServiceUrl] = useState(() => `${window.location.origin}/api/xivo/thirdparty`);
  const [payload, setPayload] = useState(() =>
    formatPayload({ ...payloadPresets[0]!.build(), callDataCallId: freshCallId() }),
  );
  const [answerText, setAnswerText] = useState<string | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const { log, addLog, clearLog } = useEventLog();
  const [sim, simRef, apply] = useStateMachine(transition, initialSimulatorState, addLog);

  const popupRef = useRef<Window | null>(null);

  const parsed = parsePayload(payload);

  const dispatch = useCallback(
    (event: SimulatorEvent) => {
      const opening = apply(event);
      if (opening?.kind !== 'popup') return;
      const popup = window.open(opening.thirdParty.url, opening.windowName, POPUP_FEATURES);
      popupRef.current = popup;
      if (!popup) {
        addLog('The browser blocked the popup', 'error');
        apply({ type: 'third-party-closed', by: 'window-closed' });
      }
    },
    [apply, addLog],
  );

  const onThirdPartyClosed = useCallback(
    (by: ThirdPartyClosedBy) => dispatch({ type: 'third-party-closed', by }),
    [dispatch],
  );
  useThirdPartyWindow(
    popupRef,
    sim.thirdParty?.kind === 'popup' ? sim.thirdParty.id : null,
    onThirdPartyClosed,
  );

  async function ring() {
    if (!parsed.ok || !canRing(simRef.current)) return;
    let target: URL;
    try {
      target = new URL(serviceUrl);
    } catch {
      setRequestError('The web service URL is not a valid absolute URL.');
      return;
    }
    const callId = callIdOf(payload);
    setAnswerText(null);
    setRequestError(null);
    dispatch({ type: 'ring' });
    addLog(`POST ${target.href}${callId ? ` (call ${callId})` : ''}`);

    let response: Response;
    let text: string;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: payload,
      });
      text = await response.text();
    } catch (error) {
      const message = `Request failed: ${error instanceof Error ? error.message : String(error)} (is the service up, and does it allow this origin?)`;
      setRequestError(message);
      addLog(message, 'error');
      dispatch({ type: 'answer-failed' });
      return;
    }

    let body: unknown;
    try {
      body = JSON.parse(text);
      setAnswerText(JSON.stringify(body, null, 2));
    } catch {
      body = undefined;
      setAnswerText(text);
    }
    if (!response.ok) {
      const message = `The web service answered ${response.status} ${response.statusText}`.trim();
      setRequestError(message);
      addLog(message, 'error');
      dispatch({ type: 'answer-failed' });
      return;
    }
    const answer = ZXivoThirdPartyResponse.safeParse(body);
    if (!answer.success) {
      const message = 'The answer is not a valid third-party response (expected {action, event?, url?, …}).';
      setRequestError(message);
      addLog(message, 'error');
      dispatch({ type: 'answer-failed' });
      return;
    }
    dispatch({ type: 'answer-received', answer: answer.data, serviceUrl: target.href });
  }

  function hangUp() {
    dispatch({ type: 'hang-up' });
    const next = freshCallId();
    setPayload((current) => withCallId(current, next));
    addLog(`Next call id ${next}`);
  }

  function newCall() {
    const next = freshCallId();
    setPayload((current) => withCallId(current, next));
  }

  function applyPreset(id: string) {
    const preset = payloadPresets.find((candidate) => candidate.id === id);
    if (preset) setPayload(formatPayload({ ...preset.build(), callDataCallId: freshCallId() }));
  }

  function closeThirdParty() {
    if (sim.thirdParty?.kind === 'popup') popupRef.current = null;
    dispatch({ type: 'third-party-closed', by: 'agent' });
  }

  const state = agentState(sim);
  const agentName = parsed.ok ? describeAgent(parsed.value) : null;
  const call = parsed.ok ? describeCall(parsed.value) : null;

  return (
    <div className={`flex flex-col gap-4 p-4 lg:flex-row ${className}`}>
      <aside
        aria-label="Agent"
        className="flex shrink-0 flex-col gap-4 lg:w-[26rem] lg:overflow-y-auto lg:pr-1"
      >
        <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Agent</p>
              <p className="truncate text-base font-semibold text-slate-900">
                {agentName ?? 'Unknown agent'}
              </p>
            </div>
            <AgentStateBadge state={state} />
          </div>
          {call ? <p className="mt-2 text-sm text-slate-600">{call}</p> : null}
          <div className="mt-4 grid grid-cols-3 gap-2">
            <button
              type="button"
              data-testid="sim-ring"
              disabled={!canRing(sim) || !parsed.ok}
              onClick={() => void ring()}
              className={buttonClass('primary')}
            >
              Ring
            </button>
            <button
              type="button"
              data-testid="sim-answer"
              disabled={!canAnswer(sim)}
              onClick={() => dispatch({ type: 'answer-call' })}
              className={buttonClass('success')}
            >
              Answer
            </button>
            <button
              type="button"
              data-testid="sim-hangup"
              disabled={!canHangUp(sim)}
              onClick={hangUp}
              className={buttonClass('danger')}
            >
              Hang up
            </button>
          </div>
        </section>

        <section
          aria-labelledby="service-heading"
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id="service-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Web service
          </h2>
          <label htmlFor="sim-url" className="mt-3 block text-sm font-medium text-slate-800">
            THIRD_PARTY_URL
          </label>
          <input
            id="sim-url"
            data-testid="sim-url"
            type="url"
            value={serviceUrl}
            onChange={(event) => setServiceUrl(event.target.value)}
            spellCheck={false}
            className="mt-1.5 block w-full rounded-md border-0 px-3 py-2 font-mono text-xs text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-teal-600 focus:outline-none"
          />

          <div className="mt-4 flex items-center justify-between gap-2">
            <label htmlFor="sim-payload" className="text-sm font-medium text-slate-800">
              Call payload
            </label>
            <button
              type="button"
              data-testid="sim-new-call"
              onClick={newCall}
              className={buttonClass('secondary', 'px-2.5 py-1 text-xs')}
            >
              New call
            </button>
          </div>
          <div role="group" aria-label="Presets" className="mt-2 flex flex-wrap gap-1.5">
            {payloadPresets.map((preset) => (
              <button
                key={preset.id}
                type="button"
                data-testid={`sim-preset-${preset.id}`}
                onClick={() => applyPreset(preset.id)}
                className="rounded-full bg-slate-100 px-2.5 py-1 text-xs text-slate-700 ring-1 ring-slate-200 hover:bg-teal-50 hover:text-teal-900 hover:ring-teal-200"
              >
                {preset.label}
              </button>
            ))}
          </div>
          <textarea
            id="sim-payload"
            data-testid="sim-payload"
            value={payload}
            onChange={(event) => setPayload(event.target.value)}
            spellCheck={false}
            rows={12}
            aria-invalid={!parsed.ok || undefined}
            aria-describedby={!parsed.ok ? 'sim-payload-error' : undefined}
            className="mt-2 block w-full resize-y rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-teal-600 focus:outline-none aria-invalid:ring-rose-500"
          />
          {!parsed.ok ? (
            <p
              id="sim-payload-error"
              data-testid="sim-payload-error"
              className="mt-1.5 text-sm text-rose-700"
            >
              {parsed.message}
            </p>
          ) : null}
        </section>

        <section
          aria-labelledby="answer-heading"
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id="answer-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Answer
          </h2>
          {requestError ? (
            <p
              role="alert"
              data-testid="sim-error"
              className="mt-2 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800 ring-1 ring-rose-200"
            >
              {requestError}
            </p>
          ) : null}
          {answerText !== null ? (
            <pre
              data-testid="sim-response"
              className="mt-2 max-h-56 overflow-auto rounded-md bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed text-slate-800 ring-1 ring-slate-200"
            >
              {answerText}
            </pre>
          ) : (
            <p className="mt-2 text-sm text-slate-500">
              {sim.answerPending ? 'Waiting for the web service…' : 'No answer yet.'}
            </p>
          )}
        </section>
      </aside>

      <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-4 lg:overflow-y-auto">
        {/* Never shorter than the pane: on a short screen the column scrolls instead of overlapping. */}
        <div className="min-h-[28rem] flex-1">
          <ThirdPartyArea
            thirdParty={sim.thirdParty}
            runCommand={sim.runCommand}
            onClose={closeThirdParty}
            onFocusPopup={() => popupRef.current?.focus()}
            idleHint={
              <>
                Ring a call: when the web service answers{' '}
                <code className="rounded bg-slate-100 px-1">open</code>, its page appears here at the
                answer&apos;s event.
              </>
            }
          />
        </div>
        <section className="shrink-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <EventLog lines={log} onClear={clearLog} />
        </section>
      </div>
    </div>
  );
}

function describeAgent(payload: Record<string, unknown>): string | null {
  const user = payload.user;
  if (typeof user !== 'object' || user === null) return null;
  const { fullName, agentId } = user as { fullName?: unknown; agentId?: unknown };
  const name = typeof fullName === 'string' ? fullName : null;
  const id = typeof agentId === 'number' || typeof agentId === 'string' ? `agent ${agentId}` : null;
  return [name, id && name ? `(${id})` : id].filter(Boolean).join(' ') || null;
}

function describeCall(payload: Record<string, unknown>): string | null {
  const caller = typeof payload.caller === 'string' ? payload.caller : null;
  const callee = typeof payload.callee === 'string' ? payload.callee : null;
  if (!caller && !callee) return null;
  const queue = payload.queue as { displayName?: unknown; name?: unknown; number?: unknown } | undefined;
  const queueName =
    queue && typeof queue === 'object'
      ? `${String(queue.displayName ?? queue.name ?? 'queue')}${queue.number ? ` ${String(queue.number)}` : ''}`
      : null;
  return `${caller ?? '?'} → ${callee ?? '?'}${queueName ? ` via ${queueName}` : ''}`;
}
