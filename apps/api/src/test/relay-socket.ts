import type { TShuttleAck } from '@screenpop/contracts';
import { io, type Socket } from 'socket.io-client';
import type { RelayServerEvents } from '../shuttle/shuttle.gateway.js';

export type RelayClient = Socket<RelayServerEvents, Record<string, (...args: never[]) => void>>;

export interface RelayConnectOptions {
  /** Sent as `auth: { token }`. */
  token?: string;
  /** Sent as the Authorization header instead. */
  bearer?: string;
}

/** A real socket.io client on the Shuttle relays' namespace of a listening app. */
export function connectRelay(baseUrl: string, options: RelayConnectOptions): Promise<RelayClient> {
  const socket: RelayClient = io(`${baseUrl}/shuttle`, {
    auth: options.token === undefined ? {} : { token: options.token },
    extraHeaders: options.bearer === undefined ? {} : { authorization: `Bearer ${options.bearer}` },
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

/** Emits a Shuttle event (or the generic `event` message) and resolves with its acknowledgement. */
export function sendEvent(
  socket: RelayClient,
  name: string,
  payload: unknown,
  timeoutMs = 5_000,
): Promise<TShuttleAck> {
  return socket.timeout(timeoutMs).emitWithAck(name as never, payload as never) as Promise<TShuttleAck>;
}

/** Everything the server emits to the relay, in order, as [name, payload]. */
export function recordCommands(socket: RelayClient): [string, unknown][] {
  const received: [string, unknown][] = [];
  socket.onAny((name: string, payload: unknown) => received.push([name, payload]));
  return received;
}
