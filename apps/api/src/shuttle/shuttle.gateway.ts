import { Inject, Logger } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  SHUTTLE_EVENT_NAMES,
  type TApiIssue,
  type TShuttleAck,
  type TShuttleAgentCti,
  type TShuttleAgentCtiNotification,
  type TShuttleCommand,
  type TShuttleRealtimeCti,
  THROTTLE_ERROR,
} from '@screenpop/contracts';
import type { Namespace, Socket } from 'socket.io';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { SupervisorAccess } from '../realtime/supervisor-access.js';
import { type Throttle, ThrottleFactory } from '../realtime/throttle.js';
import { logReceived, logSent, wsDebugLogger, type WsDebugLogger } from '../realtime/ws-debug.js';
import { IntegrationTokenRefused, IntegrationTokensService } from './integration-tokens.service.js';
import { parseShuttleEvent } from './shuttle-event.js';
import { ShuttleService } from './shuttle.service.js';

export const SHUTTLE_NAMESPACE = '/shuttle';

/** The generic message: `socket.emit('event', { event: 'up', ... }, ack)`. */
export const GENERIC_EVENT_MESSAGE = 'event';

type AckCallback = (ack: TShuttleAck) => void;
type EventHandler = (payload: unknown, ack?: AckCallback) => void;

/** What a relay sends: the five Shuttle events by name, or any of them as `event`. */
export type RelayClientEvents = Record<(typeof SHUTTLE_EVENT_NAMES)[number] | 'event', EventHandler>;

/** What we send a relay, for it to emit to xcally-realtime as they are. */
export interface RelayServerEvents {
  AgentCTI: (command: TShuttleAgentCti) => void;
  AgentCTINotification: (command: TShuttleAgentCtiNotification) => void;
  RealtimeCTI: (command: TShuttleRealtimeCti) => void;
  Error: (error: typeof THROTTLE_ERROR) => void;
}

interface RelaySocketData {
  tenantId: string;
  tokenId: string;
}

type RelayNamespace = Namespace<RelayClientEvents, RelayServerEvents, Record<string, never>, RelaySocketData>;
type RelaySocket = Socket<RelayClientEvents, RelayServerEvents, Record<string, never>, RelaySocketData>;

/**
 * The Shuttle relays' namespace (/shuttle). The handshake carries an integration token
 * (`auth: { token }`, or `Authorization: Bearer`), which names the tenant. Each event is
 * acknowledged once stored, with the commands for Shuttle, which are also emitted to the relay.
 */
@WebSocketGateway({ namespace: SHUTTLE_NAMESPACE })
export class ShuttleGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(ShuttleGateway.name);
  private readonly debug: WsDebugLogger;
  private readonly throttle: Throttle;

  @WebSocketServer()
  private readonly namespace?: RelayNamespace;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly shuttle: ShuttleService,
    private readonly tokens: IntegrationTokensService,
    throttles: ThrottleFactory,
  ) {
    this.debug = wsDebugLogger(config, ShuttleGateway.name);
    this.throttle = throttles.create('shuttle', config.shuttle.throttle);
  }

  /**
   * Closes the relays connected with a token that was just revoked, on every instance sharing
   * REDIS_URL (new connections and HTTP requests are refused: every token is checked).
   */
  async disconnectToken(tokenId: string): Promise<number> {
    if (!this.namespace) return 0;
    try {
      const sockets = await this.namespace.fetchSockets();
      const using = sockets.filter((socket) => socket.data.tokenId === tokenId);
      for (const socket of using) socket.disconnect(true);
      return using.length;
    } catch (error) {
      this.logger.warn(`Could not disconnect the relays of a revoked token: ${String(error)}`);
      return 0;
    }
  }

  afterInit(namespace: RelayNamespace): void {
    namespace.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
      const token =
        typeof auth['token'] === 'string'
          ? auth['token']
          : SupervisorAccess.bearerToken(socket.handshake.headers.authorization);
      this.tokens.authenticate('shuttle', token).then(
        (credential) => {
          socket.data.tenantId = credential.tenantId;
          socket.data.tokenId = credential.tokenId;
          next();
        },
        (error: unknown) => {
          if (error instanceof IntegrationTokenRefused) return next(error);
          this.logger.error(error, 'Could not check a relay token');
          next(new Error('Service unavailable: the token could not be checked, connect again'));
        },
      );
    });
  }

  handleConnection(socket: RelaySocket): void {
    for (const name of SHUTTLE_EVENT_NAMES) {
      socket.on(name, (payload, ack) => void this.receive(socket, name, payload, ack));
    }
    socket.on(GENERIC_EVENT_MESSAGE, (payload, ack) => void this.receive(socket, undefined, payload, ack));
  }

  private async receive(
    socket: RelaySocket,
    name: string | undefined,
    payload: unknown,
    ack: unknown,
  ): Promise<void> {
    logReceived(this.debug, SHUTTLE_NAMESPACE, name ?? GENERIC_EVENT_MESSAGE, payload);
    const answer = (reply: TShuttleAck) => {
      if (typeof ack !== 'function') return;
      logSent(this.debug, SHUTTLE_NAMESPACE, `${name ?? GENERIC_EVENT_MESSAGE} (ack)`, reply);
      (ack as AckCallback)(reply);
    };
    try {
      if (!(await this.throttle.take(socket.id))) {
        this.send(socket, 'Error', THROTTLE_ERROR);
        return answer({ ok: false, error: THROTTLE_ERROR.ctiMessage.Error });
      }
      const parsed = parseShuttleEvent(payload, name);
      if (!parsed.ok) return answer({ ok: false, error: describe(parsed.issues), issues: parsed.issues });

      const stored = await this.shuttle.receive(socket.data.tenantId, parsed.event);
      this.tokens.touch(socket.data.tokenId);
      for (const command of stored.commands) this.emitCommand(socket, command);
      answer(stored);
    } catch (error) {
      this.logger.error(error, 'Could not take a Shuttle event');
      answer({ ok: false, error: 'Internal error: the event may not be stored, send it again' });
    }
  }

  private emitCommand(socket: RelaySocket, command: TShuttleCommand): void {
    switch (command.name) {
      case 'AgentCTI':
        return this.send(socket, 'AgentCTI', command.payload);
      case 'AgentCTINotification':
        return this.send(socket, 'AgentCTINotification', command.payload);
      case 'RealtimeCTI':
        return this.send(socket, 'RealtimeCTI', command.payload);
    }
  }

  private send<E extends keyof RelayServerEvents>(
    socket: RelaySocket,
    event: E,
    ...payload: Parameters<RelayServerEvents[E]>
  ): void {
    logSent(this.debug, SHUTTLE_NAMESPACE, event, payload[0]);
    socket.emit(event, ...payload);
  }
}

/** `peer: Invalid input…`; several issues joined, each naming its field. */
function describe(issues: readonly TApiIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
