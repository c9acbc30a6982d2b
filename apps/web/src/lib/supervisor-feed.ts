import type { SupervisorServerEvents } from '@screenpop/contracts';
import type { Socket } from 'socket.io-client';
import { api } from './api-client';
import {
  connectNamespace,
  type ConnectionStatus,
  describeConnectError,
  describeDisconnect,
} from './socket-client';

/** Nothing to send: the supervisors' socket only listens. */
type SupervisorClientEvents = Record<string, never>;
export type SupervisorFeed = Socket<SupervisorServerEvents, SupervisorClientEvents>;

const CREDENTIAL = 'sign-in (sign in again if it has expired)';

/**
 * The signed-in supervisor's socket (/realtime). The session cookie is httpOnly and may not reach the
 * API's origin, so each (re)connection asks the web origin for a one-minute ticket for the handshake;
 * an ended session goes back to sign-in. `onConnected` runs after each (re)connection: read the page's
 * snapshot then, so no update falls in between.
 */
export function connectSupervisorFeed(
  publicApiUrl: string,
  {
    returnTo,
    onStatus,
    onConnected,
  }: {
    returnTo: string;
    onStatus: (status: ConnectionStatus) => void;
    onConnected: () => void;
  },
): SupervisorFeed {
  const signIn = `/login?next=${encodeURIComponent(returnTo)}`;
  const socket: SupervisorFeed = connectNamespace<SupervisorServerEvents, SupervisorClientEvents>(
    publicApiUrl,
    '/realtime',
    (callback) => {
      void api.realtimeTicket().then((result) => {
        if (!result.ok && result.status === 401) window.location.assign(signIn);
        callback(result.ok ? { ticket: result.data.ticket } : {});
      });
    },
  );
  socket.on('connect', () => {
    onStatus({ kind: 'connected' });
    onConnected();
  });
  socket.on('connect_error', (error) =>
    onStatus({
      kind: 'error',
      message: describeConnectError(error.message, { credential: CREDENTIAL, apiUrl: publicApiUrl }),
    }),
  );
  socket.on('disconnect', (reason) => onStatus(describeDisconnect(reason)));
  return socket;
}
