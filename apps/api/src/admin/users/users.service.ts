import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  type TAuthUser,
  type TPage,
  type TUserCreateRequest,
  type TUserIdentityRequest,
  type TUserListQuery,
  type TUserPasswordRequest,
  type TUserSignOutResult,
  type TUserUpdateRequest,
  type TUserView,
} from '@screenpop/contracts';
import { type Database, hashPassword, type Prisma } from '@screenpop/db';
import { knownLocale } from '../../auth/sessions.service.js';
import { DATABASE } from '../../common/database.module.js';
import { readPage } from '../../common/paging.js';
import { FieldConflictException } from '../../common/request-validation.exception.js';
import { findOr404, isUniqueViolation } from '../../common/rows.js';
import { AuditService } from '../audit/audit.service.js';
import { describeUserChanges, newValues, userChanges } from './user-changes.js';

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  locale: true,
  passwordHash: true,
  lastLoginAt: true,
  createdAt: true,
  updatedAt: true,
  identities: {
    select: { id: true, platform: true, externalId: true, createdAt: true },
    orderBy: [{ platform: 'asc' }, { externalId: 'asc' }],
  },
} as const satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;
type IdentityRow = UserRow['identities'][number];

/** The tenant's accounts: who may sign in, with which role, and who they are on each platform. */
@Injectable()
export class UsersService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async list(actor: TAuthUser, query: TUserListQuery): Promise<TPage<TUserView>> {
    const where: Prisma.UserWhereInput = {
      tenantId: actor.tenant.id,
      ...(query.role ? { role: query.role } : {}),
      ...(query.active === undefined ? {} : { active: query.active }),
      ...(query.q
        ? {
            OR: [
              { name: { contains: query.q, mode: 'insensitive' } },
              { email: { contains: query.q, mode: 'insensitive' } },
              { identities: { some: { externalId: { equals: query.q, mode: 'insensitive' } } } },
            ],
          }
        : {}),
    };
    return readPage(
      query,
      {
        rows: (window) =>
          this.database.prisma.user.findMany({
            where,
            select: userSelect,
            orderBy: [{ name: 'asc' }, { email: 'asc' }],
            ...window,
          }),
        count: () => this.database.prisma.user.count({ where }),
      },
      toView,
    );
  }

  async get(actor: TAuthUser, id: string): Promise<TUserView> {
    return toView(await this.find(this.database.prisma, actor, id));
  }

  async create(actor: TAuthUser, body: TUserCreateRequest): Promise<TUserView> {
    const passwordHash = body.password === undefined ? null : await hashPassword(body.password);
    return this.database.prisma.$transaction(async (tx) => {
      // E-mail addresses are the sign-in name, unique across tenants.
      if (await tx.user.findUnique({ where: { email: body.email }, select: { id: true } })) {
        throw emailTaken();
      }
      const created = await tx.user
        .create({
          data: {
            tenantId: actor.tenant.id,
            email: body.email,
            name: body.name,
            role: body.role,
            locale: body.locale ?? null,
            passwordHash,
          },
          select: userSelect,
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? emailTaken() : error;
        });
      await this.audit.record(
        actor,
        {
          action: 'user.created',
          entityType: 'user',
          entityId: created.id,
          summary: `User ${created.email} created as ${created.role}${passwordHash ? ' with a password' : ''}`,
          changes: {
            email: created.email,
            name: created.name,
            role: created.role,
            hasPassword: !!passwordHash,
          },
        },
        tx,
      );
      return toView(created);
    });
  }

  async update(actor: TAuthUser, id: string, body: TUserUpdateRequest): Promise<TUserView> {
    return this.database.prisma.$transaction(async (tx) => {
      const before = await this.find(tx, actor, id);
      const changes = userChanges(before, body);
      if (Object.keys(changes).length === 0) return toView(before);

      const stopsBeingAdmin =
        before.role === 'admin' &&
        before.active &&
        (changes.role !== undefined || changes.active?.to === false);
      if (stopsBeingAdmin) await this.keepAnAdmin(tx, actor, before.id);

      const after = await tx.user.update({
        where: { id: before.id },
        data: newValues(changes),
        select: userSelect,
      });
      // A new role or a deactivation takes effect now: no session keeps what the user had.
      if (changes.role || changes.active?.to === false) {
        await tx.userSession.deleteMany({ where: { userId: before.id } });
      }
      await this.audit.record(
        actor,
        {
          action: 'user.updated',
          entityType: 'user',
          entityId: before.id,
          summary: `User ${before.email}: ${describeUserChanges(changes)}`,
          changes: changes as Prisma.InputJsonObject,
        },
        tx,
      );
      return toView(after);
    });
  }

  /** A new password; every session of the user ends but the caller's own (an admin changing theirs). */
  async setPassword(
    actor: TAuthUser,
    actorSessionId: string | undefined,
    id: string,
    body: TUserPasswordRequest,
  ): Promise<TUserView> {
    const passwordHash = await hashPassword(body.password);
    return this.database.prisma.$transaction(async (tx) => {
      const user = await this.find(tx, actor, id);
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { passwordHash },
        select: userSelect,
      });
      const { count } = await tx.userSession.deleteMany({
        where: { userId: user.id, ...(actorSessionId ? { id: { not: actorSessionId } } : {}) },
      });
      await this.audit.record(
        actor,
        {
          action: 'user.password_set',
          entityType: 'user',
          entityId: user.id,
          summary: `Password ${user.passwordHash ? 'changed' : 'set'} for ${user.email}; ${sessions(count)} ended`,
          changes: { hadPassword: !!user.passwordHash, revokedSessions: count },
        },
        tx,
      );
      return toView(updated);
    });
  }

  async signOut(actor: TAuthUser, id: string): Promise<TUserSignOutResult> {
    return this.database.prisma.$transaction(async (tx) => {
      const user = await this.find(tx, actor, id);
      const { count } = await tx.userSession.deleteMany({ where: { userId: user.id } });
      await this.audit.record(
        actor,
        {
          action: 'user.signed_out',
          entityType: 'user',
          entityId: user.id,
          summary: `${user.email} signed out everywhere (${sessions(count)} ended)`,
          changes: { revokedSessions: count },
        },
        tx,
      );
      return { revokedSessions: count };
    });
  }

  async linkIdentity(actor: TAuthUser, id: string, body: TUserIdentityRequest): Promise<TUserView> {
    return this.database.prisma.$transaction(async (tx) => {
      const user = await this.find(tx, actor, id);
      const taken = await tx.userIdentity.findUnique({
        where: {
          tenantId_platform_externalId: {
            tenantId: actor.tenant.id,
            platform: body.platform,
            externalId: body.externalId,
          },
        },
        select: { user: { select: { email: true } } },
      });
      if (taken) throw identityTaken(body, taken.user.email);
      const identity = await tx.userIdentity
        .create({
          data: {
            tenantId: actor.tenant.id,
            userId: user.id,
            platform: body.platform,
            externalId: body.externalId,
          },
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? identityTaken(body, null) : error;
        });
      return this.identityChanged(tx, actor, user, 'linked', identity);
    });
  }

  async unlinkIdentity(actor: TAuthUser, id: string, identityId: string): Promise<TUserView> {
    return this.database.prisma.$transaction(async (tx) => {
      const user = await this.find(tx, actor, id);
      const identity = user.identities.find((candidate) => candidate.id === identityId);
      if (!identity) throw new NotFoundException('This user has no identity with this id');
      await tx.userIdentity.delete({ where: { id: identity.id } });
      return this.identityChanged(tx, actor, user, 'unlinked', identity);
    });
  }

  /** Records a linked or unlinked identity in the audit log; answers the user as they now are. */
  private async identityChanged(
    tx: Prisma.TransactionClient,
    actor: TAuthUser,
    user: UserRow,
    change: 'linked' | 'unlinked',
    identity: Pick<IdentityRow, 'id' | 'platform' | 'externalId'>,
  ): Promise<TUserView> {
    await this.audit.record(
      actor,
      {
        action: `user.identity_${change}`,
        entityType: 'user',
        entityId: user.id,
        summary: `${PLATFORM_NAMES[identity.platform]} id ${identity.externalId} ${change === 'linked' ? 'linked to' : 'unlinked from'} ${user.email}`,
        changes: { identityId: identity.id, platform: identity.platform, externalId: identity.externalId },
      },
      tx,
    );
    return toView(await this.find(tx, actor, user.id));
  }

  private find(tx: Prisma.TransactionClient, actor: TAuthUser, id: string): Promise<UserRow> {
    return findOr404(
      id,
      () => tx.user.findFirst({ where: { id, tenantId: actor.tenant.id }, select: userSelect }),
      'No user has this id',
    );
  }

  /**
   * Refuses to demote or deactivate the tenant's last active administrator. The active admins' rows are
   * locked so two administrators demoting each other at once cannot both succeed.
   */
  private async keepAnAdmin(tx: Prisma.TransactionClient, actor: TAuthUser, leaving: string): Promise<void> {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "User"
      WHERE "tenantId" = ${actor.tenant.id}::uuid AND role = 'admin' AND active
      FOR UPDATE`;
    if (!admins.some((admin) => admin.id !== leaving)) {
      throw new ConflictException(
        'This is the last active administrator of the tenant: make another user an administrator first',
      );
    }
  }
}

const PLATFORM_NAMES = { xivo: 'XiVO', shuttle: 'Shuttle', vodia: 'Vodia' } as const;

function toView(user: UserRow): TUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    locale: knownLocale(user.locale),
    hasPassword: user.passwordHash !== null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    identities: user.identities.map((identity) => ({
      id: identity.id,
      platform: identity.platform,
      externalId: identity.externalId,
      createdAt: identity.createdAt.toISOString(),
    })),
  };
}

function sessions(count: number): string {
  return count === 1 ? '1 session' : `${count} sessions`;
}

function emailTaken(): FieldConflictException {
  return new FieldConflictException([
    { path: 'email', message: 'Another account already uses this e-mail address' },
  ]);
}

function identityTaken(identity: TUserIdentityRequest, owner: string | null): FieldConflictException {
  const name = PLATFORM_NAMES[identity.platform];
  return new FieldConflictException([
    {
      path: 'externalId',
      message: `${name} id ${identity.externalId} is already linked to ${owner ?? 'another user'}`,
    },
  ]);
}
