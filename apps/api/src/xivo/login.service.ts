import { Injectable } from '@nestjs/common';
import type { TXivoLoginQuery } from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import { AgentsService } from '../agents/agents.service.js';
import { RequestValidationException } from '../common/request-validation.exception.js';
import { TenantsService } from '../common/tenants.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { tokenDigest, xucTokenTimes } from './login-token.js';

export interface XivoLoginAnswer {
  ok: true;
  sessionId: string;
}

@Injectable()
export class XivoLoginService {
  constructor(
    private readonly tenants: TenantsService,
    private readonly agents: AgentsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Records that an agent logged on a XiVOCC host; the same token reported again is the same login. */
  async recordLogin(query: TXivoLoginQuery): Promise<XivoLoginAnswer> {
    const times = xucTokenTimes(query.token);
    if (!times) {
      throw new RequestValidationException([
        { path: 'token', message: "Expected xuc's JWT: its payload is not base64url-encoded JSON" },
      ]);
    }
    const slug = query.tenant?.trim() || DEFAULT_TENANT_SLUG;
    const tenant = await this.tenants.require(slug);

    const { session, created } = await this.agents.recordSession({
      tenantId: tenant.id,
      source: 'xivo',
      login: query.login,
      host: query.xivoccHost,
      tokenIssuedAt: times.issuedAt,
      tokenExpiresAt: times.expiresAt,
      tokenDigest: tokenDigest(query.token),
    });
    if (created) this.realtime.agentSession(tenant.id, session);
    return { ok: true, sessionId: session.id };
  }
}
