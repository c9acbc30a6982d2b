import { Logger } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Namespace } from 'socket.io';
import { SHUTTLE_NAMESPACE } from '../../shuttle/shuttle.gateway.js';

/**
 * The relays connected to /shuttle, seen from the back office: a revoked token's sockets are closed
 * at once (new connections and HTTP requests are refused by the intake, which checks every token).
 * It handles no messages; ShuttleGateway owns the namespace's handshake and events.
 */
@WebSocketGateway({ namespace: SHUTTLE_NAMESPACE })
export class ShuttleRelayConnections {
  private readonly logger = new Logger(ShuttleRelayConnections.name);

  @WebSocketServer()
  private readonly namespace?: Namespace;

  /** Disconnects every relay (on any instance sharing REDIS_URL) authenticated with this token. */
  async disconnectToken(tokenId: string): Promise<number> {
    if (!this.namespace) return 0;
    try {
      const sockets = await this.namespace.fetchSockets();
      const using = sockets.filter((socket) => (socket.data as { tokenId?: unknown }).tokenId === tokenId);
      for (const socket of using) socket.disconnect(true);
      return using.length;
    } catch (error) {
      this.logger.warn(`Could not disconnect the relays of a revoked token: ${String(error)}`);
      return 0;
    }
  }
}
