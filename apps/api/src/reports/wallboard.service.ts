import { Inject, Injectable } from '@nestjs/common';
import { type TWallboardSnapshot, WALLBOARD_LIVE_MAX_HOURS } from '@screenpop/contracts';
import type { Database } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { DATABASE } from '../common/database.module.js';
import { TenantsService } from '../common/tenants.service.js';
import { localDay } from './local-day.js';
import { deriveWallboard, LOGIN_WITHOUT_EXPIRY_MS, type WallboardCallRow } from './wallboard.derivation.js';

/** Calls read for one snapshot: a busy floor's day; past it the figures count the newest calls only. */
export const WALLBOARD_MAX_CALLS_READ = 20_000;
const WALLBOARD_MAX_LOGINS_READ = 2_000;

const AGENT_SELECT = {
  id: true,
  source: true,
  externalId: true,
  login: true,
  fullName: true,
  peer: true,
} as const;

/** Reads a tenant's recent calls and logins (two indexed, bounded queries) and derives its wallboard. */
@Injectable()
export class WallboardService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantsService,
  ) {}

  async forSlug(tenantSlug: string, now = new Date()): Promise<TWallboardSnapshot> {
    const tenant = await this.tenants.require(tenantSlug);
    return this.forTenant(tenant.id, now);
  }

  async forTenant(tenantId: string, now = new Date()): Promise<TWallboardSnapshot> {
    const day = localDay(now, this.config.reports.timeZone);
    const since = new Date(
      Math.min(day.from.getTime(), now.getTime() - WALLBOARD_LIVE_MAX_HOURS * 3_600_000),
    );
    const prisma = this.database.prisma;
    const [calls, logins] = await Promise.all([
      // Call @@index([tenantId, ringingAt]).
      prisma.call.findMany({
        where: { tenantId, ringingAt: { gte: since } },
        select: {
          id: true,
          source: true,
          externalCallId: true,
          caller: true,
          callerName: true,
          state: true,
          ringingAt: true,
          answeredAt: true,
          endedAt: true,
          queue: { select: { id: true, source: true, name: true, displayName: true } },
          agent: { select: AGENT_SELECT },
          formSession: {
            select: {
              status: true,
              openedAt: true,
              completedAt: true,
              autopause: true,
              autopauseReason: true,
            },
          },
        },
        orderBy: { ringingAt: 'desc' },
        take: WALLBOARD_MAX_CALLS_READ + 1,
      }),
      // AgentSession @@index([tenantId, loggedInAt]).
      prisma.agentSession.findMany({
        where: { tenantId, loggedInAt: { gte: new Date(now.getTime() - LOGIN_WITHOUT_EXPIRY_MS) } },
        select: {
          id: true,
          source: true,
          login: true,
          host: true,
          loggedInAt: true,
          tokenExpiresAt: true,
          agent: { select: AGENT_SELECT },
        },
        orderBy: { loggedInAt: 'desc' },
        take: WALLBOARD_MAX_LOGINS_READ,
      }),
    ]);
    const truncated = calls.length > WALLBOARD_MAX_CALLS_READ;
    const rows: WallboardCallRow[] = calls
      .slice(0, WALLBOARD_MAX_CALLS_READ)
      .map(({ formSession, ...call }) => ({ ...call, form: formSession }));
    return deriveWallboard({
      now,
      day,
      serviceLevelSeconds: this.config.reports.serviceLevelSeconds,
      calls: rows,
      logins,
      truncated,
    });
  }
}
