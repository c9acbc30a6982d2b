import { io, type Socket } from 'socket.io-client';

// socket.io's constraint on an event map (its EventsMap, which the client package does not export).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EventsMap = Record<string, any>;

/**
 * socket.io reads the path of the URL it is given as the namespace, so an API published under a path
 * prefix moves the engine's path instead: `https://host/screenpop` + `/realtime` →
 * namespace `/realtime` on `https://host`, path `/screenpop/socket.io`.
 */
export function socketTarget(publicApiUrl: string, namespace: string): { url: string; path: string } {
  const base = new URL(publicApiUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return { url: `${base.origin}${namespace}`, path: `${prefix}/socket.io` };
}

/** The handshake's credentials, or a function that fetches fresh ones before each (re)connection. */
export type SocketAuth =
  Record<string, string> | ((callback: (auth: Record<string, string>) => void) => void);

/** A socket of its own (never multiplexed) to one namespace of the API, authenticated in the handshake. */
export function connectNamespace<ServerEvents extends EventsMap, ClientEvents extends EventsMap>(
  publicApiUrl: string,
  namespace: string,
  auth: SocketAuth,
): Socket<ServerEvents, ClientEvents> {
  const { url, path } = socketTarget(publicApiUrl, namespace);
  return io(url, { path, auth, forceNew: true, reconnectionDelayMax: 10_000 });
}

export type ConnectionStatus =
  | { kind: 'disconnected' }
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'error'; message: string };

/** A connect_error as the person at the screen can act on it: a refused token, or an unreachable API. */
export function describeConnectError(
  message: string,
  { credential, apiUrl }: { credential: string; apiUrl: string },
): string {
  const text = message.trim() || 'Connection refused';
  if (/unauthori[sz]ed|forbidden|token|\b401\b|\b403\b/i.test(text)) {
    return `${text.replace(/[.\s]+$/, '')}. Check the ${credential} and connect again.`;
  }
  return `Cannot reach the API at ${apiUrl} (${text}). Is it running, and does it allow this page's origin?`;
}

/** Why a connected socket went away, for the status line. */
export function describeDisconnect(reason: string): ConnectionStatus {
  if (reason === 'io client disconnect') return { kind: 'disconnected' };
  if (reason === 'io server disconnect') return { kind: 'error', message: 'Disconnected by the server.' };
  return { kind: 'error', message: `Connection lost (${reason}); reconnecting…` };
}
