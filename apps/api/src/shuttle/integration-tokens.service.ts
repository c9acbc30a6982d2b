import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Database, integrationTokenDigest, type Platform } from '@screenpop/db';
import { DATABASE } from '../common/database.module.js';

/** A relay that proved who it is: the tenant its token belongs to. */
export interface IntegrationCredential {
  tokenId: string;
  tenantId: string;
}

/** Why a token was refused, worded for the integrator who set it up. */
export class IntegrationTokenRefused extends Error {
  override name = 'IntegrationTokenRefused';
}

/** lastUsedAt says roughly when a token was last used: once a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60_000;
const MAX_REMEMBERED = 10_000;

/** Integration tokens (Shuttle relays): only their SHA-256 is stored, and looked up. */
@Injectable()
export class IntegrationTokensService {
  private readonly logger = new Logger(IntegrationTokensService.name);
  private readonly touchedAt = new Map<string, number>();

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** The tenant of a valid, unrevoked token of the platform; throws IntegrationTokenRefused otherwise. */
  async authenticate(platform: Platform, token: string | null | undefined): Promise<IntegrationCredential> {
    if (!token) {
      throw new IntegrationTokenRefused(
        'Unauthorized: send the integration token (socket.io auth: { token } or Authorization: Bearer <token>)',
      );
    }
    const row = await this.database.prisma.integrationToken.findUnique({
      where: { tokenDigest: integrationTokenDigest(token) },
      select: { id: true, tenantId: true, platform: true, revokedAt: true, lastUsedAt: true },
    });
    if (!row) throw new IntegrationTokenRefused('Unauthorized: unknown integration token');
    if (row.revokedAt) throw new IntegrationTokenRefused('Unauthorized: this integration token was revoked');
    if (row.platform !== platform) {
      throw new IntegrationTokenRefused(
        `Unauthorized: this integration token is for ${row.platform}, not ${platform}`,
      );
    }
    if (row.lastUsedAt) this.remember(row.id, row.lastUsedAt.getTime());
    this.touch(row.id);
    return { tokenId: row.id, tenantId: row.tenantId };
  }

  /** Records that the token is in use, at most once a minute per token; never delays the caller. */
  touch(tokenId: string): void {
    const now = Date.now();
    if (now - (this.touchedAt.get(tokenId) ?? 0) < TOUCH_INTERVAL_MS) return;
    this.remember(tokenId, now);
    this.database.prisma.integrationToken
      .updateMany({ where: { id: tokenId }, data: { lastUsedAt: new Date(now) } })
      .catch((error: unknown) => this.logger.warn(`Could not record the use of a token: ${String(error)}`));
  }

  private remember(tokenId: string, at: number): void {
    if (this.touchedAt.size >= MAX_REMEMBERED) this.touchedAt.clear();
    this.touchedAt.set(tokenId, Math.max(at, this.touchedAt.get(tokenId) ?? 0));
  }
}
