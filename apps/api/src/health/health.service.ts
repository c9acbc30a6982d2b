import { Inject, Injectable } from '@nestjs/common';
import type { THealthResponse } from '@screenpop/contracts';
import type { Database } from '@screenpop/db';
import { API_VERSION } from '../app/version.js';
import { DATABASE } from '../common/database.module.js';

const PING_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  private readonly startedAt = Date.now();

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async check(): Promise<THealthResponse> {
    const health: THealthResponse = {
      status: 'ok',
      version: API_VERSION,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      database: { kind: this.database.kind, ok: true, latencyMs: null },
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`No answer within ${PING_TIMEOUT_MS} ms`)),
          PING_TIMEOUT_MS,
        );
      });
      const latency = await Promise.race([this.database.ping(), timeout]);
      health.database.latencyMs = Math.round(latency * 100) / 100;
    } catch (error) {
      health.status = 'degraded';
      health.database.ok = false;
      health.database.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
    }
    return health;
  }
}
