import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../app/config.js';

/**
 * Who may watch the supervisors' views: until accounts and roles exist, whoever holds one of the
 * SUPERVISOR_TOKEN values. Only this class knows how, so accounts can replace its inside.
 */
@Injectable()
export class SupervisorAccess {
  private readonly logger = new Logger(SupervisorAccess.name);
  private readonly digests: Buffer[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    let tokens = config.supervisorTokens;
    if (tokens.length === 0) {
      // A token nobody knows: the supervisor routes and socket exist but refuse everyone.
      tokens = [randomBytes(32).toString('base64url')];
      this.logger.warn(
        'SUPERVISOR_TOKEN is not set: supervisor access (live calls, agent sessions, /realtime) is closed until it is set',
      );
    }
    this.digests = tokens.map(digest);
  }

  /** Constant time: digests of equal length are compared, every one of them. */
  allows(token: unknown): boolean {
    if (typeof token !== 'string' || token === '') return false;
    const candidate = digest(token);
    let allowed = false;
    for (const known of this.digests) allowed = timingSafeEqual(candidate, known) || allowed;
    return allowed;
  }

  /** The token of an `Authorization: Bearer <token>` header, if it has one. */
  static bearerToken(header: unknown): string | null {
    if (typeof header !== 'string') return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? null;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
