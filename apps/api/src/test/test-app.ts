import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@screenpop/db';
import { openTestDatabase } from '@screenpop/db/testing';
import { type AppConfig, loadConfig } from '../app/config.js';
import { createApp } from '../app/create-app.js';

export const TEST_WEB_URL = 'https://crm.example.test';
/** A fixed SECRETS_KEY, so tests can check what is stored encrypted. */
export const TEST_SECRETS_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

/** The configuration tests boot with: quiet, rules read on every call, forms under TEST_WEB_URL, no rollup timer. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    PUBLIC_WEB_URL: TEST_WEB_URL,
    RULES_CACHE_TTL_MS: '0',
    SECRETS_KEY: TEST_SECRETS_KEY,
    // Tests sign in often; the limit itself is tested with a low value of its own.
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    // The reports' rollup refreshes when a test asks it to, not on a timer in the middle of another test.
    REPORTS_ROLLUP_INTERVAL_SECONDS: '0',
    ...env,
  });
}

export interface TestApp {
  app: NestFastifyApplication;
  database: Database;
  close(): Promise<void>;
}

/** The real app on a fresh, migrated test database (PostgreSQL when TEST_DATABASE_URL is set, else PGlite). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await createApp({ config: testConfig(env), database });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
