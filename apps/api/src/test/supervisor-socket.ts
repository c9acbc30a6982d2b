import type { SupervisorServerEvents } from '@screenpop/contracts';
import { io, type Socket } from 'socket.io-client';

export const TEST_SUPERVISOR_TOKEN = 'test-supervisor-token-0123456789';

export type SupervisorClient = Socket<SupervisorServerEvents, Record<string, (...args: never[]) => void>>;

/** A real socket.io client on the supervisors' namespace of a listening app. */
export function connectSupervisor(
  baseUrl: string,
  auth: Record<string, unknown> = { token: TEST_SUPERVISOR_TOKEN },
): Promise<SupervisorClient> {
  const socket: SupervisorClient = io(`${baseUrl}/realtime`, {
    auth,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** The first `event` whose payload passes `match`, or a rejection after `timeoutMs`. */
export function nextEvent<E extends keyof SupervisorServerEvents>(
  socket: SupervisorClient,
  event: E,
  match: (payload: Parameters<SupervisorServerEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<Parameters<SupervisorServerEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const listener = (payload: Parameters<SupervisorServerEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`No ${String(event)} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on(event, listener as never);
  });
}

/** Emits with an acknowledgement, resolving with the server's answer or null when none came. */
export function emitWithAck(socket: SupervisorClient, event: string, timeoutMs = 1_000): Promise<unknown> {
  return socket
    .timeout(timeoutMs)
    .emitWithAck(event as never)
    .then(
      (answer: unknown) => answer,
      () => null,
    );
}
