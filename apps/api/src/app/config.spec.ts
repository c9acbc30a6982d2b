import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that run a demo on a laptop', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3001,
      host: '0.0.0.0',
      publicWebUrl: 'http://localhost:3000',
      migrateOnStart: true,
      seedDemo: false,
      demoHistoryCalls: 0,
      xivo: { allowedOrigins: '*', rateLimitPerMinute: 1200 },
      defaultPhoneCountry: undefined,
      logLevel: 'info',
      trustProxy: false,
      rulesCacheTtlMs: 2000,
      supervisorTokens: [],
      redisUrl: undefined,
      realtime: {
        throttle: { messages: 90, perSeconds: 30, burst: 180 },
        debug: false,
        allowedOrigins: ['http://localhost:3000'],
      },
    });
    expect(config.database.databaseUrl).toBeUndefined();
  });

  it('reads the realtime and supervisor variables', () => {
    const config = loadConfig({
      PUBLIC_WEB_URL: 'https://crm.example.com/screenpop/',
      SUPERVISOR_TOKEN: ' first-token-0123456789 , second-token-0123456789',
      REDIS_URL: 'redis://redis:6379/2',
      WS_THROTTLING_NB_MESSAGES: '120',
      WS_THROTTLING_NB_MESSAGES_BURST: '240',
      WS_DEBUG: 'true',
      REALTIME_ALLOWED_ORIGINS: 'https://wall.example.com/, https://crm.example.com',
    });
    expect(config).toMatchObject({
      supervisorTokens: ['first-token-0123456789', 'second-token-0123456789'],
      redisUrl: 'redis://redis:6379/2',
      realtime: {
        throttle: { messages: 120, perSeconds: 30, burst: 240 },
        debug: true,
        allowedOrigins: ['https://crm.example.com', 'https://wall.example.com'],
      },
    });
  });

  it('names bad realtime and supervisor variables', () => {
    expect(() =>
      loadConfig({
        SUPERVISOR_TOKEN: 'short',
        REDIS_URL: 'http://redis:6379',
        WS_THROTTLING_NB_MESSAGES: '0',
        WS_THROTTLING_NB_MESSAGES_BURST: 'lots',
        WS_DEBUG: 'sometimes',
        REALTIME_ALLOWED_ORIGINS: 'wall.example.com',
      }),
    ).toThrow(
      /SUPERVISOR_TOKEN.*REDIS_URL.*WS_THROTTLING_NB_MESSAGES:.*WS_THROTTLING_NB_MESSAGES_BURST.*WS_DEBUG.*REALTIME_ALLOWED_ORIGINS/,
    );
  });

  it('reads the Shuttle variables, with defaults for a whole call centre', () => {
    expect(loadConfig({})).toMatchObject({
      shuttle: { throttle: { messages: 300_000, perSeconds: 30, burst: 20_000 }, rateLimitPerMinute: 12_000 },
      demoShuttleToken: undefined,
    });
    expect(
      loadConfig({
        SHUTTLE_THROTTLING_NB_MESSAGES: '600',
        SHUTTLE_THROTTLING_NB_MESSAGES_BURST: '1200',
        SHUTTLE_RATE_LIMIT_PER_MINUTE: '60',
        DEMO_SHUTTLE_TOKEN: ' spk_demo-relay-token ',
      }),
    ).toMatchObject({
      shuttle: { throttle: { messages: 600, perSeconds: 30, burst: 1200 }, rateLimitPerMinute: 60 },
      demoShuttleToken: 'spk_demo-relay-token',
    });
    expect(() =>
      loadConfig({
        SHUTTLE_THROTTLING_NB_MESSAGES: '0',
        SHUTTLE_THROTTLING_NB_MESSAGES_BURST: 'many',
        SHUTTLE_RATE_LIMIT_PER_MINUTE: '-1',
        DEMO_SHUTTLE_TOKEN: 'short',
      }),
    ).toThrow(
      /SHUTTLE_THROTTLING_NB_MESSAGES:.*SHUTTLE_THROTTLING_NB_MESSAGES_BURST.*SHUTTLE_RATE_LIMIT_PER_MINUTE.*DEMO_SHUTTLE_TOKEN/,
    );
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      PUBLIC_WEB_URL: 'https://crm.example.com/',
      DATABASE_URL: 'postgresql://screenpop@db:5432/screenpop',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'true',
      XIVO_ALLOWED_ORIGINS: 'https://xuc.example.com/, https://xuc2.example.com',
      XIVO_RATE_LIMIT_PER_MINUTE: '600',
      DEFAULT_PHONE_COUNTRY: 'fr',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      RULES_CACHE_TTL_MS: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      publicWebUrl: 'https://crm.example.com',
      database: { databaseUrl: 'postgresql://screenpop@db:5432/screenpop' },
      migrateOnStart: false,
      seedDemo: true,
      xivo: {
        allowedOrigins: ['https://xuc.example.com', 'https://xuc2.example.com'],
        rateLimitPerMinute: 600,
      },
      defaultPhoneCountry: 'FR',
      logLevel: 'warn',
      trustProxy: 1,
      rulesCacheTtlMs: 0,
    });
  });

  it('treats a list containing * as any origin, and TRUST_PROXY as a flag or addresses', () => {
    expect(loadConfig({ XIVO_ALLOWED_ORIGINS: 'https://a.example, *' }).xivo.allowedOrigins).toBe('*');
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
  });

  it('names every bad variable at once', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        SEED_DEMO: 'maybe',
        PUBLIC_WEB_URL: 'ftp://x',
        DEFAULT_PHONE_COUNTRY: 'France',
      }),
    ).toThrow(ConfigError);
    try {
      loadConfig({
        PORT: 'eighty',
        SEED_DEMO: 'maybe',
        PUBLIC_WEB_URL: 'ftp://x',
        DEFAULT_PHONE_COUNTRY: 'France',
      });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'SEED_DEMO', 'PUBLIC_WEB_URL', 'DEFAULT_PHONE_COUNTRY'])
        expect(message).toContain(name);
    }
  });
});

describe('accounts configuration', () => {
  it('makes session cookies Secure in production or behind https, not on a plain-http laptop', () => {
    expect(loadConfig({}).auth.secureCookies).toBe(false);
    expect(loadConfig({ PUBLIC_WEB_URL: 'https://crm.example.com' }).auth.secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECRETS_KEY: 'a'.repeat(64) }).auth.secureCookies).toBe(true);
  });

  it('requires SECRETS_KEY in production, 32 bytes as hex or base64', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /SECRETS_KEY: required when NODE_ENV=production/,
    );
    expect(() => loadConfig({ SECRETS_KEY: 'abcd' })).toThrow(/SECRETS_KEY: Expected 32 bytes/);
    expect(loadConfig({ SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') }).secretsKey).toEqual(
      Buffer.alloc(32, 7),
    );
  });

  it('refuses a short ADMIN_PASSWORD and reads the session and sign-in limits', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD: At least 12 characters/);
    expect(loadConfig({ SESSION_TTL_HOURS: '8', LOGIN_RATE_LIMIT_PER_MINUTE: '5' }).auth).toMatchObject({
      sessionTtlHours: 8,
      loginRateLimitPerMinute: 5,
    });
  });
});

describe('reports configuration', () => {
  it('counts "today" in Europe/Paris with a 20-second service level by default', () => {
    expect(loadConfig({}).reports).toEqual({
      timeZone: 'Europe/Paris',
      serviceLevelSeconds: 20,
      rollupIntervalSeconds: 300,
    });
  });

  it('reads REPORTS_TIME_ZONE, SERVICE_LEVEL_SECONDS and REPORTS_ROLLUP_INTERVAL_SECONDS', () => {
    expect(
      loadConfig({
        REPORTS_TIME_ZONE: 'America/New_York',
        SERVICE_LEVEL_SECONDS: '30',
        REPORTS_ROLLUP_INTERVAL_SECONDS: '0',
      }).reports,
    ).toEqual({ timeZone: 'America/New_York', serviceLevelSeconds: 30, rollupIntervalSeconds: 0 });
  });

  it('reads how many calls of history the demo data comes with', () => {
    expect(loadConfig({ SEED_DEMO_HISTORY_CALLS: '3000' }).demoHistoryCalls).toBe(3000);
    expect(() => loadConfig({ SEED_DEMO_HISTORY_CALLS: '-1' })).toThrow(/SEED_DEMO_HISTORY_CALLS/);
  });

  it('names a time zone that does not exist and a threshold that is not a positive number', () => {
    expect(() => loadConfig({ REPORTS_TIME_ZONE: 'Mars/Olympus', SERVICE_LEVEL_SECONDS: '0' })).toThrow(
      /REPORTS_TIME_ZONE: Expected an IANA time zone.*SERVICE_LEVEL_SECONDS/,
    );
  });
});
