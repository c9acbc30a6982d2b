import { Inject, Injectable } from '@nestjs/common';
import type {
  TAuthUser,
  TIntegrationTokenCreate,
  TIntegrationTokenCreated,
  TIntegrationTokenItem,
  TPage,
  TPageQuery,
} from '@screenpop/contracts';
import {
  type Database,
  generateIntegrationToken,
  type IntegrationToken,
  integrationTokenDigest,
  type Prisma,
} from '@screenpop/db';
import { DATABASE } from '../../common/database.module.js';
import { readPage } from '../../common/paging.js';
import { findOr404 } from '../../common/rows.js';
import { AuditService } from '../audit/audit.service.js';
import { ShuttleGateway } from '../../shuttle/shuttle.gateway.js';

/** As the demo seed's token: enough to tell tokens apart in a list, far too little to guess the rest. */
const VISIBLE_CHARACTERS = 10;

/** The tenant's Shuttle relay tokens: made here and shown once, stored as a SHA-256 digest, revoked here. */
@Injectable()
export class RelayTokensService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly relays: ShuttleGateway,
  ) {}

  async list(user: TAuthUser, query: TPageQuery): Promise<TPage<TIntegrationTokenItem>> {
    const where: Prisma.IntegrationTokenWhereInput = { tenantId: user.tenant.id, platform: 'shuttle' };
    return readPage(
      query,
      {
        rows: (window) =>
          this.database.prisma.integrationToken.findMany({
            where,
            // Tokens in use first, then the newest.
            orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'desc' }],
            ...window,
          }),
        count: () => this.database.prisma.integrationToken.count({ where }),
      },
      toItem,
    );
  }

  async create(user: TAuthUser, body: TIntegrationTokenCreate): Promise<TIntegrationTokenCreated> {
    const token = generateIntegrationToken();
    const row = await this.database.prisma.$transaction(async (tx) => {
      const created = await tx.integrationToken.create({
        data: {
          tenantId: user.tenant.id,
          platform: 'shuttle',
          name: body.name.trim(),
          tokenDigest: integrationTokenDigest(token),
          prefix: token.slice(0, VISIBLE_CHARACTERS),
        },
      });
      await this.audit.record(
        user,
        {
          action: 'integration.token_created',
          entityType: 'integration_token',
          entityId: created.id,
          summary: `Shuttle relay token "${created.name}" created (${created.prefix}…)`,
          changes: { platform: 'shuttle', name: created.name, prefix: created.prefix },
        },
        tx,
      );
      return created;
    });
    return { ...toItem(row), token };
  }

  /** Refused by the intake from now on; a token already revoked stays as it is. */
  async revoke(user: TAuthUser, id: string): Promise<TIntegrationTokenItem> {
    const row = await this.database.prisma.$transaction(async (tx) => {
      const existing = await findOr404(
        id,
        () => tx.integrationToken.findFirst({ where: { id, tenantId: user.tenant.id, platform: 'shuttle' } }),
        'No Shuttle relay token of this tenant has this id',
      );
      if (existing.revokedAt) return existing;
      const revoked = await tx.integrationToken.update({ where: { id }, data: { revokedAt: new Date() } });
      await this.audit.record(
        user,
        {
          action: 'integration.token_revoked',
          entityType: 'integration_token',
          entityId: id,
          summary: `Shuttle relay token "${revoked.name}" revoked (${revoked.prefix}…)`,
          changes: { platform: 'shuttle', name: revoked.name, prefix: revoked.prefix },
        },
        tx,
      );
      return revoked;
    });
    await this.relays.disconnectToken(row.id);
    return toItem(row);
  }
}

function toItem(row: IntegrationToken): TIntegrationTokenItem {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
