import { Inject, Injectable } from '@nestjs/common';
import type { TAgentSession } from '@screenpop/contracts';
import type { AgentSession, Database, Platform, Prisma } from '@screenpop/db';
import { DATABASE } from '../common/database.module.js';
import { TenantsService } from '../common/tenants.service.js';

export interface NewAgentSession {
  tenantId: string;
  source: Platform;
  login: string;
  host: string;
  tokenIssuedAt: Date | null;
  tokenExpiresAt: Date | null;
  /** SHA-256 of the platform's token: the raw token is never stored. */
  tokenDigest: string;
}

export interface RecordedAgentSession {
  session: TAgentSession;
  /** False when the same login (same token) had already been recorded. */
  created: boolean;
}

const withAgent = { agent: { select: { fullName: true, externalId: true } } } as const;
type LoadedSession = AgentSession & { agent: { fullName: string | null; externalId: string } | null };

const UNIQUE_VIOLATION = 'P2002';

/** Agents' logins on the platforms: which host each agent works on, and since when. */
@Injectable()
export class AgentsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly tenants: TenantsService,
  ) {}

  /** Stores a login once per token, linked to the agent who has that login on the platform, if known. */
  async recordSession(input: NewAgentSession): Promise<RecordedAgentSession> {
    const existing = await this.findByDigest(input);
    if (existing) return { session: toAgentSession(existing), created: false };

    const agent = await this.database.prisma.agent.findFirst({
      where: { tenantId: input.tenantId, source: input.source, login: input.login },
      orderBy: { updatedAt: 'desc' },
      select: { id: true },
    });
    try {
      const created = await this.database.prisma.agentSession.create({
        data: { ...input, agentId: agent?.id ?? null, loggedInAt: new Date() },
        include: withAgent,
      });
      return { session: toAgentSession(created), created: true };
    } catch (error) {
      // The same login reported twice at once: the other request stored it.
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
      const stored = await this.findByDigest(input);
      if (!stored) throw error;
      return { session: toAgentSession(stored), created: false };
    }
  }

  async listSessions(
    tenantSlug: string,
    page: { host?: string | undefined; limit: number; cursor?: string | undefined },
  ): Promise<TAgentSession[]> {
    const tenant = await this.tenants.require(tenantSlug);
    const where: Prisma.AgentSessionWhereInput = {
      tenantId: tenant.id,
      ...(page.host ? { host: page.host } : {}),
    };
    const sessions = await this.database.prisma.agentSession.findMany({
      where,
      include: withAgent,
      orderBy: [{ loggedInAt: 'desc' }, { id: 'desc' }],
      take: page.limit,
      ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    });
    return sessions.map(toAgentSession);
  }

  private findByDigest(input: NewAgentSession): Promise<LoadedSession | null> {
    return this.database.prisma.agentSession.findUnique({
      where: {
        tenantId_source_tokenDigest: {
          tenantId: input.tenantId,
          source: input.source,
          tokenDigest: input.tokenDigest,
        },
      },
      include: withAgent,
    });
  }
}

export function toAgentSession(session: LoadedSession): TAgentSession {
  return {
    id: session.id,
    source: session.source,
    login: session.login,
    host: session.host,
    agentName: session.agent ? (session.agent.fullName ?? session.agent.externalId) : null,
    loggedInAt: session.loggedInAt.toISOString(),
    tokenIssuedAt: session.tokenIssuedAt?.toISOString() ?? null,
    tokenExpiresAt: session.tokenExpiresAt?.toISOString() ?? null,
  };
}
