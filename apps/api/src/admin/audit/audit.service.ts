import { Inject, Injectable } from '@nestjs/common';
import type { TAuditEntityTypes, TAuditEntry, TAuditQuery, TAuthUser, TPage } from '@screenpop/contracts';
import type { Database, Prisma } from '@screenpop/db';
import { DATABASE } from '../../common/database.module.js';
import { readPage } from '../../common/paging.js';

export interface AuditRecord {
  /** `<entity>.<verb>`: rule.created, template.updated, user.role_changed, integration.secret_replaced… */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** One line a person reads in the audit log: `Rule "Sales" moved from 3rd to 1st`. */
  summary: string;
  /** What changed; never a secret's value or a password. */
  changes?: Prisma.InputJsonValue;
}

/** Who changed what in the back office. Record inside the change's transaction so both land or neither. */
@Injectable()
export class AuditService {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async record(actor: TAuthUser, entry: AuditRecord, tx: Prisma.TransactionClient = this.database.prisma) {
    await tx.auditEntry.create({
      data: {
        tenantId: actor.tenant.id,
        actorId: actor.id,
        actorEmail: actor.email,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        summary: entry.summary,
        ...(entry.changes === undefined ? {} : { changes: entry.changes }),
      },
    });
  }

  async list(tenantId: string, query: TAuditQuery): Promise<TPage<TAuditEntry>> {
    const where: Prisma.AuditEntryWhereInput = {
      tenantId,
      ...(query.entityType ? { entityType: query.entityType } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
      ...(query.action
        ? { action: query.action.endsWith('.') ? { startsWith: query.action } : query.action }
        : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
    };
    return readPage(
      query,
      {
        rows: (window) =>
          this.database.prisma.auditEntry.findMany({
            where,
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            ...window,
          }),
        count: () => this.database.prisma.auditEntry.count({ where }),
      },
      (row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        actorId: row.actorId,
        actorEmail: row.actorEmail,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        summary: row.summary,
        changes: row.changes ?? null,
      }),
    );
  }

  /** The entity types this tenant's log mentions, A to Z. */
  async entityTypes(tenantId: string): Promise<TAuditEntityTypes> {
    const rows = await this.database.prisma.auditEntry.findMany({
      where: { tenantId },
      distinct: ['entityType'],
      select: { entityType: true },
      orderBy: { entityType: 'asc' },
    });
    return { entityTypes: rows.map((row) => row.entityType) };
  }
}
