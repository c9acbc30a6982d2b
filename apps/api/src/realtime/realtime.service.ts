import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  SUPERVISOR_EVENTS,
  type TAgentSession,
  type TLiveCall,
  type TShuttleRealtimeCti,
  type TWallboardSnapshot,
  type ZFormCompletedNotice,
} from '@screenpop/contracts';
import type { Agent, Call, Database, Queue } from '@screenpop/db';
import type { z } from 'zod';
import { DATABASE } from '../common/database.module.js';
import { TenantsService } from '../common/tenants.service.js';
import { SupervisorGateway } from './supervisor.gateway.js';

export type TFormCompletedNotice = z.infer<typeof ZFormCompletedNotice>;

/** What services publish to the supervisors of a tenant; none of them touches socket.io. */
@Injectable()
export class RealtimeService {
  private readonly logger = new Logger(RealtimeService.name);
  private readonly tenantChangeListeners: ((tenantId: string) => void)[] = [];

  constructor(
    private readonly gateway: SupervisorGateway,
    @Inject(DATABASE) private readonly database: Database,
    private readonly tenants: TenantsService,
  ) {}

  /**
   * The live page's first paint: calls still going that rang in the last 12 hours, and calls that
   * ended in the last 10 minutes, newest first.
   */
  async liveCalls(tenantSlug: string, now = new Date()): Promise<TLiveCall[]> {
    const tenant = await this.tenants.require(tenantSlug);
    const calls = await this.database.prisma.call.findMany({
      where: {
        tenantId: tenant.id,
        OR: [
          {
            endedAt: null,
            state: { in: ['ringing', 'answered'] },
            ringingAt: { gte: new Date(now.getTime() - LIVE_CALLS_GOING_MS) },
          },
          { endedAt: { gte: new Date(now.getTime() - LIVE_CALLS_ENDED_MS) } },
        ],
      },
      include: LIVE_CALL_INCLUDE,
      orderBy: [{ ringingAt: 'desc' }, { id: 'desc' }],
      take: LIVE_CALLS_MAX,
    });
    return calls.map(toLiveCall);
  }

  /** Reads the call as it now is and publishes it; a failure is logged, never thrown at the intake. */
  callUpdated(tenantId: string, call: TLiveCall): void {
    this.gateway.emitToTenant(tenantId, SUPERVISOR_EVENTS.callUpdated, call);
    this.tenantChanged(tenantId);
  }

  agentSession(tenantId: string, session: TAgentSession): void {
    this.gateway.emitToTenant(tenantId, SUPERVISOR_EVENTS.agentSession, session);
    this.tenantChanged(tenantId);
  }

  formCompleted(tenantId: string, notice: TFormCompletedNotice): void {
    this.gateway.emitToTenant(tenantId, SUPERVISOR_EVENTS.formCompleted, notice);
    this.tenantChanged(tenantId);
  }

  wallboardUpdated(tenantId: string, snapshot: TWallboardSnapshot): void {
    this.gateway.emitToTenant(tenantId, SUPERVISOR_EVENTS.wallboardUpdated, snapshot);
  }

  /** Whether the tenant's supervisors are watching (a connected socket on any instance). */
  hasSupervisors(tenantId: string): Promise<boolean> {
    return this.gateway.hasSupervisors(tenantId);
  }

  /** Called synchronously after each call, form or login change; a listener must return at once (schedule its work). */
  onTenantChange(listener: (tenantId: string) => void): void {
    this.tenantChangeListeners.push(listener);
  }

  private tenantChanged(tenantId: string): void {
    for (const listener of this.tenantChangeListeners) {
      try {
        listener(tenantId);
      } catch (error) {
        this.logger.error(error, 'A tenant change listener failed');
      }
    }
  }

  realtimeCti(tenantId: string, cti: TShuttleRealtimeCti): void {
    this.gateway.emitToTenant(tenantId, SUPERVISOR_EVENTS.realtimeCti, cti);
  }
}

const LIVE_CALLS_GOING_MS = 12 * 60 * 60 * 1000;
const LIVE_CALLS_ENDED_MS = 10 * 60 * 1000;
/** A wallboard shows far fewer; past this the page relies on the events that follow. */
const LIVE_CALLS_MAX = 1000;

export const LIVE_CALL_INCLUDE = {
  queue: { select: { name: true, displayName: true } },
  agent: { select: { externalId: true, fullName: true } },
} as const;

export type CallWithQueueAndAgent = Call & {
  queue: Pick<Queue, 'name' | 'displayName'> | null;
  agent: Pick<Agent, 'externalId' | 'fullName'> | null;
};

export function toLiveCall(call: CallWithQueueAndAgent): TLiveCall {
  return {
    id: call.id,
    source: call.source,
    externalCallId: call.externalCallId,
    caller: call.caller,
    callerName: call.callerName,
    callee: call.callee,
    direction: call.direction,
    state: call.state,
    queueName: call.queue ? (call.queue.displayName ?? call.queue.name) : null,
    agentName: call.agent ? (call.agent.fullName ?? call.agent.externalId) : null,
    ringingAt: call.ringingAt.toISOString(),
    answeredAt: call.answeredAt?.toISOString() ?? null,
    endedAt: call.endedAt?.toISOString() ?? null,
  };
}
