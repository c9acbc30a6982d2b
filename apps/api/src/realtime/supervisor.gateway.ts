import { Inject, Logger } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  roleAllows,
  SUPERVISOR_EVENTS,
  type SupervisorServerEvents,
  THROTTLE_ERROR,
} from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import type { Namespace, Socket } from 'socket.io';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { SessionsService } from '../auth/sessions.service.js';
import { TenantsService } from '../common/tenants.service.js';
import { SupervisorAccess } from './supervisor-access.js';
import { type Throttle, ThrottleFactory } from './throttle.js';
import { logReceived, logSent, wsDebugLogger, type WsDebugLogger } from './ws-debug.js';

export const REALTIME_NAMESPACE = '/realtime';

/** Supervisors of a tenant share one room: every instance emits to it through the socket.io adapter. */
export function tenantRoom(tenantId: string): string {
  return `tenant:${tenantId}`;
}

/** What a supervisor may send; each message also counts against the connection's throttle. */
export interface SupervisorClientEvents {
  ping: (ack: (pong: { at: string }) => void) => void;
  subscribe: (ack: (subscribed: { tenant: string; events: string[] }) => void) => void;
}

interface SupervisorSocketData {
  tenantId: string;
  tenantSlug: string;
}

type SupervisorNamespace = Namespace<
  SupervisorClientEvents,
  SupervisorServerEvents,
  Record<string, never>,
  SupervisorSocketData
>;
type SupervisorSocket = Socket<
  SupervisorClientEvents,
  SupervisorServerEvents,
  Record<string, never>,
  SupervisorSocketData
>;

/**
 * The supervisors' live feed (socket.io namespace /realtime). The handshake carries
 * `auth: { ticket }` (a signed-in supervisor's, from POST /api/auth/realtime-ticket) or
 * `auth: { token, tenant }`: a supervisor access token, and the tenant's slug ("default" when absent).
 */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class SupervisorGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(SupervisorGateway.name);
  private readonly debug: WsDebugLogger;
  private readonly throttle: Throttle;

  @WebSocketServer()
  private readonly namespace?: SupervisorNamespace;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly access: SupervisorAccess,
    private readonly tenants: TenantsService,
    private readonly sessions: SessionsService,
    throttles: ThrottleFactory,
  ) {
    this.debug = wsDebugLogger(config, SupervisorGateway.name);
    this.throttle = throttles.create('realtime', config.realtime.throttle);
  }

  afterInit(namespace: SupervisorNamespace): void {
    namespace.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  handleConnection(socket: SupervisorSocket): void {
    // Every message, known or not, passes the throttle first; one over the limit is answered and dropped.
    socket.use(([event, ...args], next) => {
      logReceived(
        this.debug,
        REALTIME_NAMESPACE,
        event,
        args.filter((arg) => typeof arg !== 'function'),
      );
      this.throttle.take(socket.id).then(
        (allowed) => {
          if (allowed) next();
          else this.sendTo(socket, SUPERVISOR_EVENTS.error, { ...THROTTLE_ERROR });
        },
        (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
      );
    });
    void socket.join(tenantRoom(socket.data.tenantId));
  }

  @SubscribeMessage('ping')
  ping(): { at: string } {
    return this.acknowledge('ping', { at: new Date().toISOString() });
  }

  /** Confirms the room joined at connection and the events it will receive. */
  @SubscribeMessage('subscribe')
  subscribe(socket: SupervisorSocket): { tenant: string; events: string[] } {
    return this.acknowledge('subscribe', {
      tenant: socket.data.tenantSlug,
      events: Object.values(SUPERVISOR_EVENTS).filter((event) => event !== SUPERVISOR_EVENTS.error),
    });
  }

  /** To every supervisor of the tenant, on every instance; publishing never fails the caller. */
  emitToTenant<E extends keyof SupervisorServerEvents>(
    tenantId: string,
    event: E,
    ...payload: Parameters<SupervisorServerEvents[E]>
  ): void {
    if (!this.namespace) return;
    try {
      logSent(this.debug, REALTIME_NAMESPACE, event, payload[0]);
      this.namespace.to(tenantRoom(tenantId)).emit(event, ...payload);
    } catch (error) {
      this.logger.error(error, `Could not publish ${event}`);
    }
  }

  /** Whether any supervisor of the tenant is connected, on any instance: no need to compute what nobody watches. */
  async hasSupervisors(tenantId: string): Promise<boolean> {
    if (!this.namespace) return false;
    const sockets = await this.namespace.in(tenantRoom(tenantId)).fetchSockets();
    return sockets.length > 0;
  }

  private sendTo<E extends keyof SupervisorServerEvents>(
    socket: SupervisorSocket,
    event: E,
    ...payload: Parameters<SupervisorServerEvents[E]>
  ): void {
    logSent(this.debug, REALTIME_NAMESPACE, event, payload[0]);
    socket.emit(event, ...payload);
  }

  private acknowledge<T>(event: string, answer: T): T {
    logSent(this.debug, REALTIME_NAMESPACE, `${event} (ack)`, answer);
    return answer;
  }

  private async authenticate(socket: SupervisorSocket): Promise<void> {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    // A signed-in supervisor's browser: a ticket from POST /api/auth/realtime-ticket, on their own tenant.
    if (typeof auth['ticket'] === 'string') {
      const user = await this.sessions.resolveTicket(auth['ticket']);
      if (!user) throw new Error('Unauthorized: this ticket is not valid or has expired; ask for a new one');
      if (!roleAllows(user.role, 'supervisor')) {
        throw new Error(`Forbidden: the live feed needs the supervisor role; you are ${user.role}`);
      }
      socket.data.tenantId = user.tenant.id;
      socket.data.tenantSlug = user.tenant.slug;
      return;
    }
    const token =
      typeof auth['token'] === 'string'
        ? auth['token']
        : SupervisorAccess.bearerToken(socket.handshake.headers.authorization);
    if (!token) throw new Error('Unauthorized: sign in, or pass a supervisor access token as auth.token');
    if (!this.access.allows(token))
      throw new Error('Unauthorized: this supervisor access token is not valid');
    const slug =
      typeof auth['tenant'] === 'string' && auth['tenant'].trim() !== ''
        ? auth['tenant'].trim()
        : DEFAULT_TENANT_SLUG;
    const tenant = await this.tenants.bySlug(slug);
    if (!tenant) throw new Error(`Unknown tenant "${slug}"`);
    socket.data.tenantId = tenant.id;
    socket.data.tenantSlug = tenant.slug;
  }
}
