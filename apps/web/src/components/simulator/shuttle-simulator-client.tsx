'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ZShuttleAck,
  ZShuttleAgentCti,
  ZShuttleAgentCtiNotification,
  type TShuttleAck,
  type TShuttleAgentCti,
  type TShuttleAgentCtiNotification,
  type TShuttleRealtimeCti,
} from '@screenpop/contracts';
import type { Socket } from 'socket.io-client';
import { buttonClass } from '@/components/ui/button';
import { ConnectionStatusLine } from '@/components/ui/connection-status';
import { useHydrated } from '@/components/ui/use-hydrated';
import { onFragmentToken, rememberAccessToken, takeAccessToken } from '@/lib/access-token';
import {
  connectNamespace,
  describeConnectError,
  describeDisconnect,
  type ConnectionStatus,
} from '@/lib/socket-client';
import { AgentStateBadge } from './agent-state-badge';
import { EventLog, useEventLog } from './event-log';
import { useStateMachine } from './use-state-machine';
import {
  DEFAULT_SHUTTLE_PEER,
  SHUTTLE_STEPS,
  asShuttleEvent,
  newShuttleCall,
  newShuttleUniqueId,
  nextShuttleStep,
  shuttleStepOf,
  shuttleStepPayload,
  withPeer,
  type ShuttleStep,
} from './shuttle-payload';
import { ShuttleNotifications } from './shuttle-notifications';
import {
  initialShuttleState,
  shuttleAgentState,
  shuttleTransition,
  type ShuttleDesktopEvent,
} from './shuttle-state';
import { formatPayload, parsePayload } from './simulator-payload';
import { ThirdPartyArea } from './third-party-area';
import { type ThirdPartyClosedBy, useThirdPartyWindow } from './use-third-party-window';

const NAMESPACE = '/shuttle';
const ACK_TIMEOUT_MS = 10_000;
const TOKEN_FRAGMENT = 'shuttleToken';
const TOKEN_STORAGE_KEY = 'screenpop.shuttleToken';

/** What Screenpop sends the relay's socket (the commands Shuttle would deliver to the agent). */
interface ShuttleServerEvents {
  AgentCTI: (cti: TShuttleAgentCti) => void;
  AgentCTINotification: (notification: TShuttleAgentCtiNotification) => void;
  /** For Shuttle's supervisors: a real relay passes it on; this desktop only logs it. */
  RealtimeCTI: (cti: TShuttleRealtimeCti) => void;
  Error: (error: { msgType: 'Error'; ctiMessage: { Error: string } }) => void;
}

/** What the relay sends: each realtime event, acknowledged once stored. */
type ShuttleClientEvents = Record<
  ShuttleStep,
  (payload: Record<string, unknown>, ack: (answer: TShuttleAck) => void) => void
>;

type ShuttleSocket = Socket<ShuttleServerEvents, ShuttleClientEvents>;

interface AckView {
  event: ShuttleStep;
  state: 'pending' | 'ok' | 'refused' | 'timeout';
  text: string | null;
}

const STEP_BUTTONS: { step: ShuttleStep; label: string; tone: 'success' | 'danger' | 'secondary' }[] = [
  { step: 'ringing', label: 'Ringing', tone: 'secondary' },
  { step: 'up', label: 'Up', tone: 'success' },
  { step: 'hangup', label: 'Hang up', tone: 'danger' },
  { step: 'abandon', label: 'Abandon', tone: 'secondary' },
  { step: 'outbound', label: 'Outbound', tone: 'secondary' },
];

const inputClass =
  'mt-1.5 block w-full rounded-md border-0 px-3 py-2 font-mono text-xs text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-teal-600 focus:outline-none';

const freshUniqueId = () => newShuttleUniqueId(Date.now(), Math.random());

/** The Shuttle desktop needs the browser (sockets, windows, session storage): render it once hydrated. */
export function ShuttleSimulatorClient({
  publicApiUrl,
  className = '',
}: {
  publicApiUrl: string;
  className?: string;
}) {
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <div role="status" className="p-8 text-sm text-slate-500">
        Loading the Shuttle desktop…
      </div>
    );
  }
  return <ShuttleDesktop publicApiUrl={publicApiUrl} className={className} />;
}

function ShuttleDesktop({ publicApiUrl, className }: { publicApiUrl: string; className: string }) {
  const [initialToken] = useState(() => takeAccessToken(TOKEN_FRAGMENT, TOKEN_STORAGE_KEY));
  const [token, setToken] = useState(initialToken ?? '');
  const [peer, setPeer] = useState<string>(DEFAULT_SHUTTLE_PEER);
  const [payload, setPayload] = useState(() =>
    formatPayload(newShuttleCall('ringing', null, DEFAULT_SHUTTLE_PEER, freshUniqueId())),
  );
  // A token handed over in the link connects at once; a new object reconnects with the token typed.
  const [connection, setConnection] = useState<{ token: string } | null>(
    initialToken ? { token: initialToken } : null,
  );
  const [status, setStatus] = useState<ConnectionStatus>(
    initialToken ? { kind: 'connecting' } : { kind: 'disconnected' },
  );
  const [ack, setAck] = useState<AckView | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const { log, addLog, clearLog } = useEventLog();
  const [desk, , apply] = useStateMachine(shuttleTransition, initialShuttleState, addLog);

  const peerRef = useRef(peer);
  const socketRef = useRef<ShuttleSocket | null>(null);
  const popupRef = useRef<Window | null>(null);
  const sendSequence = useRef(0);

  const dispatch = useCallback(
    (event: ShuttleDesktopEvent) => {
      const opening = apply(event);
      if (opening?.kind !== 'window') return;
      const opened = opening.features
        ? window.open(opening.thirdParty.url, opening.target, opening.features)
        : window.open(opening.thirdParty.url, opening.target);
      popupRef.current = opened;
      if (!opened) {
        addLog('The browser blocked the window', 'error');
        apply({ type: 'third-party-closed', by: 'window-closed' });
      }
    },
    [apply, addLog],
  );

  // A link with a token opened in this tab again (only its fragment changed): connect with it.
  useEffect(
    () =>
      onFragmentToken(TOKEN_FRAGMENT, TOKEN_STORAGE_KEY, (value) => {
        setToken(value);
        setStatus({ kind: 'connecting' });
        setConnection({ token: value });
      }),
    [],
  );

  useEffect(() => {
    if (!connection) return;
    const socket: ShuttleSocket = connectNamespace<ShuttleServerEvents, ShuttleClientEvents>(
      publicApiUrl,
      NAMESPACE,
      { token: connection.token },
    );
    socketRef.current = socket;
    let lastError = '';

    socket.on('connect', () => {
      lastError = '';
      setStatus({ kind: 'connected' });
      addLog(`Connected to ${publicApiUrl}${NAMESPACE} as the relay`);
    });
    socket.on('connect_error', (error) => {
      const message = describeConnectError(error.message, {
        credential: 'relay token',
        apiUrl: publicApiUrl,
      });
      setStatus({ kind: 'error', message });
      // socket.io retries an unreachable API on its own: say so once, not at every attempt.
      if (message !== lastError) addLog(message, 'error');
      lastError = message;
    });
    socket.on('disconnect', (reason) => {
      const next = describeDisconnect(reason);
      setStatus(next);
      if (next.kind === 'error') addLog(next.message, 'error');
    });
    socket.on('AgentCTI', (raw) => {
      const cti = ZShuttleAgentCti.safeParse(raw);
      if (!cti.success) addLog(`AgentCTI not understood: ${JSON.stringify(raw)}`, 'error');
      else dispatch({ type: 'agent-cti', cti: cti.data, peer: peerRef.current });
    });
    socket.on('AgentCTINotification', (raw) => {
      const notification = ZShuttleAgentCtiNotification.safeParse(raw);
      if (!notification.success)
        addLog(`AgentCTINotification not understood: ${JSON.stringify(raw)}`, 'error');
      else
        dispatch({
          type: 'notification',
          notification: notification.data,
          peer: peerRef.current,
          at: new Date().toISOString(),
        });
    });
    socket.on('RealtimeCTI', (cti) => {
      addLog(`RealtimeCTI for supervisors: ${cti.type} ${cti.reference}`);
    });
    socket.on('Error', (error) => addLog(`Server: ${error.ctiMessage.Error}`, 'error'));

    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      if (socketRef.current === socket) socketRef.current = null;
    };
  }, [connection, publicApiUrl, addLog, dispatch]);

  const onThirdPartyClosed = useCallback(
    (by: ThirdPartyClosedBy) => dispatch({ type: 'third-party-closed', by }),
    [dispatch],
  );
  useThirdPartyWindow(
    popupRef,
    desk.thirdParty?.kind === 'popup' ? desk.thirdParty.id : null,
    onThirdPartyClosed,
  );

  function connect() {
    const value = token.trim();
    if (!value) {
      setStatus({ kind: 'error', message: 'Enter the Shuttle integration token to connect.' });
      return;
    }
    rememberAccessToken(TOKEN_STORAGE_KEY, value);
    setStatus({ kind: 'connecting' });
    setConnection({ token: value });
  }

  function disconnect() {
    setConnection(null);
    setStatus({ kind: 'disconnected' });
    addLog('Disconnected');
  }

  function changePeer(value: string) {
    setPeer(value);
    peerRef.current = value;
    setPayload((text) => withPeer(text, value));
  }

  /** The editor's call, to carry its caller, queue and agent into the next event. */
  function editorCall(): Record<string, unknown> | null {
    const parsed = parsePayload(payload);
    return parsed.ok ? parsed.value : null;
  }

  function prepare(step: ShuttleStep) {
    const from = editorCall();
    setPayload(
      formatPayload(
        step === 'outbound'
          ? newShuttleCall('outbound', from, peer, freshUniqueId())
          : shuttleStepPayload(step, from, peer),
      ),
    );
    setSendError(null);
  }

  function newCall() {
    setPayload(formatPayload(newShuttleCall('ringing', editorCall(), peer, freshUniqueId())));
    setSendError(null);
  }

  function send(step: ShuttleStep) {
    const socket = socketRef.current;
    if (!socket?.connected) return;
    let body: Record<string, unknown>;
    if (shuttleStepOf(payload) === step) {
      const edited = asShuttleEvent(payload, step, peer);
      if (!edited.ok) {
        setSendError(edited.message);
        return;
      }
      body = edited.value;
    } else {
      const from = editorCall();
      body =
        step === 'outbound'
          ? newShuttleCall('outbound', from, peer, freshUniqueId())
          : shuttleStepPayload(step, from, peer);
    }
    const uniqueid = typeof body.uniqueid === 'string' ? body.uniqueid : '?';
    setSendError(null);
    dispatch({ type: 'event-sent', event: step, uniqueid });
    addLog(`→ ${step} ${uniqueid}${typeof body.peer === 'string' ? ` for ${body.peer}` : ''}`);

    const sequence = ++sendSequence.current;
    setAck({ event: step, state: 'pending', text: null });
    socket.timeout(ACK_TIMEOUT_MS).emit(step, body, (error: Error | null, answer?: TShuttleAck) => {
      const latest = sequence === sendSequence.current;
      if (error) {
        addLog(`No acknowledgement of ${step} within ${ACK_TIMEOUT_MS / 1000} s`, 'error');
        if (latest) setAck({ event: step, state: 'timeout', text: null });
        return;
      }
      const parsed = ZShuttleAck.safeParse(answer);
      const text = JSON.stringify(answer, null, 2);
      if (!parsed.success) {
        addLog(`The acknowledgement of ${step} is not in the expected shape`, 'error');
        if (latest) setAck({ event: step, state: 'refused', text });
      } else if (parsed.data.ok) {
        const { callId, duplicate, commands } = parsed.data;
        const names = commands.map((command) => command.name).join(', ');
        addLog(
          `← ${step} stored: call ${callId}${duplicate ? ' (duplicate, stored once)' : ''}; ${names ? `commands ${names}` : 'no command'}`,
        );
        if (latest) setAck({ event: step, state: 'ok', text });
      } else {
        addLog(`← ${step} refused: ${parsed.data.error}`, 'error');
        if (latest) setAck({ event: step, state: 'refused', text });
      }
    });

    const next = nextShuttleStep(step);
    setPayload(
      formatPayload(
        next.newCall
          ? newShuttleCall('ringing', body, peer, freshUniqueId())
          : shuttleStepPayload(next.step, body, peer),
      ),
    );
  }

  function closeThirdParty() {
    if (desk.thirdParty?.kind === 'popup') popupRef.current = null;
    dispatch({ type: 'third-party-closed', by: 'agent' });
  }

  const connected = status.kind === 'connected';
  const parsed = parsePayload(payload);
  const editorStep = parsed.ok ? shuttleStepOf(payload) : null;
  const agent = parsed.ok ? describeAgent(parsed.value) : null;
  const call = parsed.ok ? describeCall(parsed.value) : null;

  return (
    <div className={`flex flex-col gap-4 p-4 lg:flex-row ${className}`}>
      <aside
        aria-label="Agent"
        className="flex shrink-0 flex-col gap-4 lg:w-[26rem] lg:overflow-y-auto lg:pr-1"
      >
        <section
          aria-labelledby="relay-heading"
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <div className="flex items-center justify-between gap-3">
            <h2 id="relay-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
              Shuttle relay
            </h2>
            <span className="truncate font-mono text-xs text-slate-400" title="Socket.io namespace">
              {publicApiUrl}
              {NAMESPACE}
            </span>
          </div>
          <form
            className="mt-3"
            onSubmit={(event) => {
              event.preventDefault();
              connect();
            }}
          >
            <label htmlFor="shuttle-token" className="block text-sm font-medium text-slate-800">
              Integration token
            </label>
            <input
              id="shuttle-token"
              data-testid="shuttle-token"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={(event) => setToken(event.target.value)}
              placeholder="The Shuttle integration's token"
              className={inputClass}
            />
            <label htmlFor="shuttle-peer" className="mt-3 block text-sm font-medium text-slate-800">
              Agent peer
            </label>
            <input
              id="shuttle-peer"
              data-testid="shuttle-peer"
              type="text"
              spellCheck={false}
              value={peer}
              onChange={(event) => changePeer(event.target.value)}
              className={inputClass}
            />
            <div className="mt-3 flex items-center justify-between gap-3">
              {status.kind === 'error' ? (
                <span />
              ) : (
                <ConnectionStatusLine status={status} testId="shuttle-status" />
              )}
              <div className="flex shrink-0 gap-2">
                {connection && status.kind !== 'error' ? (
                  <button
                    type="button"
                    data-testid="shuttle-disconnect"
                    onClick={disconnect}
                    className={buttonClass('ghost', 'px-2.5 py-1.5 text-xs')}
                  >
                    Disconnect
                  </button>
                ) : null}
                <button
                  type="submit"
                  data-testid="shuttle-connect"
                  className={buttonClass(connected ? 'secondary' : 'primary', 'px-3 py-1.5 text-xs')}
                >
                  {connected ? 'Reconnect' : 'Connect'}
                </button>
              </div>
            </div>
            {status.kind === 'error' ? (
              <div className="mt-3">
                <ConnectionStatusLine status={status} testId="shuttle-status" />
              </div>
            ) : null}
          </form>
        </section>

        <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Agent</p>
              <p className="truncate text-base font-semibold text-slate-900">
                {agent?.name ?? 'Unknown agent'}
              </p>
              <p className="font-mono text-xs break-all text-slate-500">
                {[peer, agent?.number ? `agent ${agent.number}` : null].filter(Boolean).join(' · ')}
              </p>
            </div>
            <AgentStateBadge state={shuttleAgentState(desk)} />
          </div>
          {call ? <p className="mt-2 text-sm text-slate-600">{call}</p> : null}
          <div className="mt-4 grid grid-cols-3 gap-2">
            {STEP_BUTTONS.map(({ step, label, tone }) => (
              <button
                key={step}
                type="button"
                data-testid={`shuttle-${step}`}
                disabled={!connected}
                onClick={() => send(step)}
                aria-describedby={connected ? undefined : 'shuttle-send-hint'}
                className={buttonClass(step === editorStep && tone === 'secondary' ? 'primary' : tone)}
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              data-testid="shuttle-new-call"
              onClick={newCall}
              className={buttonClass('ghost', 'ring-1 ring-slate-200 ring-inset')}
            >
              New call
            </button>
          </div>
          {!connected ? (
            <p id="shuttle-send-hint" className="mt-2 text-xs text-slate-500">
              Connect the relay to send events.
            </p>
          ) : null}
        </section>

        <section
          aria-labelledby="shuttle-payload-heading"
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <div className="flex items-center justify-between gap-2">
            <label
              id="shuttle-payload-heading"
              htmlFor="shuttle-payload"
              className="text-sm font-medium text-slate-800"
            >
              Next event{editorStep ? <span className="font-mono text-teal-800">: {editorStep}</span> : null}
            </label>
          </div>
          <div role="group" aria-label="Prepare an event" className="mt-2 flex flex-wrap gap-1.5">
            {SHUTTLE_STEPS.map((step) => (
              <button
                key={step}
                type="button"
                data-testid={`shuttle-step-${step}`}
                aria-pressed={step === editorStep}
                onClick={() => prepare(step)}
                className="rounded-full bg-slate-100 px-2.5 py-1 font-mono text-xs text-slate-700 ring-1 ring-slate-200 hover:bg-teal-50 hover:text-teal-900 hover:ring-teal-200 aria-pressed:bg-teal-700 aria-pressed:text-white aria-pressed:ring-teal-700"
              >
                {step}
              </button>
            ))}
          </div>
          <textarea
            id="shuttle-payload"
            data-testid="shuttle-payload"
            value={payload}
            onChange={(event) => setPayload(event.target.value)}
            spellCheck={false}
            rows={12}
            aria-invalid={!parsed.ok || undefined}
            aria-describedby={!parsed.ok || sendError ? 'shuttle-payload-error' : undefined}
            className="mt-2 block w-full resize-y rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-teal-600 focus:outline-none aria-invalid:ring-rose-500"
          />
          {!parsed.ok || sendError ? (
            <p
              id="shuttle-payload-error"
              data-testid="shuttle-payload-error"
              className="mt-1.5 text-sm text-rose-700"
            >
              {!parsed.ok ? parsed.message : sendError}
            </p>
          ) : (
            <p className="mt-1.5 text-xs text-slate-500">
              Sent as is by its button; the other buttons send their own event for the same call.
            </p>
          )}
        </section>

        <section
          aria-labelledby="ack-heading"
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id="ack-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Acknowledgement{ack ? <span className="font-mono normal-case"> · {ack.event}</span> : null}
          </h2>
          {ack?.text ? (
            <pre
              data-testid="shuttle-ack"
              data-event={ack.event}
              data-state={ack.state}
              className={`mt-2 max-h-56 overflow-auto rounded-md px-3 py-2 font-mono text-xs leading-relaxed ring-1 ${
                ack.state === 'ok'
                  ? 'bg-slate-50 text-slate-800 ring-slate-200'
                  : 'bg-rose-50 text-rose-900 ring-rose-200'
              }`}
            >
              {ack.text}
            </pre>
          ) : (
            <p
              data-testid="shuttle-ack"
              data-event={ack?.event}
              data-state={ack?.state}
              className={`mt-2 text-sm ${ack?.state === 'timeout' ? 'text-rose-700' : 'text-slate-500'}`}
            >
              {ack?.state === 'pending'
                ? 'Waiting for Screenpop to store the event…'
                : ack?.state === 'timeout'
                  ? `No acknowledgement within ${ACK_TIMEOUT_MS / 1000} s.`
                  : 'No event sent yet.'}
            </p>
          )}
        </section>
      </aside>

      <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-4 lg:overflow-y-auto">
        <ShuttleNotifications
          notifications={desk.notifications}
          onDismiss={(id) => dispatch({ type: 'notification-dismissed', id })}
        />
        {/* Never shorter than the pane: on a short screen the column scrolls instead of overlapping. */}
        <div className="min-h-[28rem] flex-1">
          <ThirdPartyArea
            thirdParty={desk.thirdParty}
            runCommand={null}
            onClose={closeThirdParty}
            onFocusPopup={() => popupRef.current?.focus()}
            idleHint={
              <>
                Connect the relay and send the call&apos;s events: when a rule answers with{' '}
                <code className="rounded bg-slate-100 px-1">AgentCTI</code> for this peer,{' '}
                <code className="rounded bg-slate-100 px-1">new_frame</code> opens here, a tab or a window
                otherwise.
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

function describeAgent(
  payload: Record<string, unknown>,
): { name: string | null; number: string | null } | null {
  const name = typeof payload.agentname === 'string' && payload.agentname ? payload.agentname : null;
  const number = typeof payload.agentnum === 'string' && payload.agentnum ? payload.agentnum : null;
  return name || number ? { name: name ?? `Agent ${number}`, number } : null;
}

function describeCall(payload: Record<string, unknown>): string | null {
  const text = (key: string) =>
    typeof payload[key] === 'string' && payload[key] !== '' ? payload[key] : null;
  const caller = [text('callernum'), text('callername') ? `(${text('callername')})` : null]
    .filter(Boolean)
    .join(' ');
  if (!caller && !text('extension')) return null;
  const queue = text('queue');
  return `${caller || '?'} → ${text('extension') ?? '?'}${queue ? ` via ${queue}` : ''}`;
}
