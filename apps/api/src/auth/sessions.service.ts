import { Inject, Injectable, Logger } from '@nestjs/common';
import { type TAuthUser, type TLocale, ZLocale } from '@screenpop/contracts';
import { type Database, hashPassword, verifyPassword } from '@screenpop/db';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { DATABASE } from '../common/database.module.js';
import { isUuid } from '../common/rows.js';
import { SecretKeys } from './secret-keys.js';

export interface SessionContext {
  ip?: string;
  userAgent?: string;
}

export interface OpenedSession {
  token: string;
  user: TAuthUser;
  expiresAt: Date;
}

/** Seen again within this time: lastSeenAt is not rewritten (one write a minute per session at most). */
const TOUCH_AFTER_MS = 60_000;
const TICKET_TTL_MS = 60_000;

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  active: true,
  tenant: { select: { id: true, slug: true, name: true } },
} as const;

/**
 * Signing in and out. A session is a random 256-bit token in an httpOnly cookie; the database keeps
 * its SHA-256 only, so a leaked table opens nothing.
 */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger(SessionsService.name);
  private dummyHash: Promise<string> | undefined;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: SecretKeys,
  ) {}

  /** A new session for these credentials, or null (wrong e-mail, wrong password, inactive user alike). */
  async signIn(email: string, password: string, context: SessionContext): Promise<OpenedSession | null> {
    const user = await this.database.prisma.user.findUnique({
      where: { email: email.trim().toLowerCase() },
      select: { ...userSelect, passwordHash: true },
    });
    // An unknown e-mail costs the same hashing time as a known one: timing does not tell them apart.
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const valid = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !user.passwordHash || !valid || !user.active) return null;

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3_600_000);
    await this.database.prisma.$transaction([
      this.database.prisma.userSession.create({
        data: {
          userId: user.id,
          tokenDigest: digest(token),
          expiresAt,
          ip: context.ip ?? null,
          userAgent: context.userAgent?.slice(0, 512) ?? null,
        },
      }),
      this.database.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
      // Expired sessions of this user go when they sign in again.
      this.database.prisma.userSession.deleteMany({
        where: { userId: user.id, expiresAt: { lt: new Date() } },
      }),
    ]);
    return { token, user: toAuthUser(user), expiresAt };
  }

  /** The user of a live session, or null. */
  async resolve(token: string | undefined): Promise<{ user: TAuthUser; sessionId: string } | null> {
    if (!token) return null;
    const session = await this.database.prisma.userSession.findUnique({
      where: { tokenDigest: digest(token) },
      select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: userSelect } },
    });
    if (!session || session.expiresAt.getTime() <= Date.now() || !session.user.active) return null;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      this.database.prisma.userSession
        .update({ where: { id: session.id }, data: { lastSeenAt: new Date() } })
        .catch((error: unknown) => this.logger.warn({ err: error }, 'Could not touch a session'));
    }
    return { user: toAuthUser(session.user), sessionId: session.id };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.database.prisma.userSession.deleteMany({ where: { tokenDigest: digest(token) } });
  }

  /** Every session of the user, on every browser: "sign out everywhere", and after a deactivation. */
  async signOutEverywhere(userId: string): Promise<number> {
    const { count } = await this.database.prisma.userSession.deleteMany({ where: { userId } });
    return count;
  }

  /** A one-minute ticket naming the session, signed, for the socket handshake. */
  realtimeTicket(sessionId: string): { ticket: string; expiresAt: Date } {
    const expiresAt = new Date(Date.now() + TICKET_TTL_MS);
    const body = `${sessionId}.${expiresAt.getTime().toString(36)}`;
    return { ticket: `${body}.${this.sign(body)}`, expiresAt };
  }

  /** The user behind a valid, unexpired ticket whose session is still live. */
  async resolveTicket(ticket: string): Promise<TAuthUser | null> {
    const [sessionId, expires, signature] = ticket.split('.');
    if (!sessionId || !expires || !signature) return null;
    const expected = Buffer.from(this.sign(`${sessionId}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (Number.parseInt(expires, 36) <= Date.now()) return null;
    if (!isUuid(sessionId)) return null;
    const session = await this.database.prisma.userSession.findUnique({
      where: { id: sessionId },
      select: { expiresAt: true, user: { select: userSelect } },
    });
    if (!session || session.expiresAt.getTime() <= Date.now() || !session.user.active) return null;
    return toAuthUser(session.user);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.keys.derive('realtime-ticket')).update(body).digest('base64url');
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: TAuthUser['role'];
  locale: string | null;
  tenant: TAuthUser['tenant'];
};

/** A user's stored language, or null (the browser's) when it is not one the app speaks any more. */
export function knownLocale(stored: string | null): TLocale | null {
  const locale = ZLocale.safeParse(stored);
  return locale.success ? locale.data : null;
}

function toAuthUser(user: UserRow): TAuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: knownLocale(user.locale),
    tenant: user.tenant,
  };
}
