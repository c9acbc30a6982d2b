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
      xivo: { allowedOrigins: '*', rateLimitPerMinute: 1200 },
      defaultPhoneCountry: undefined,
      logLevel: 'info',
      trustProxy: false,
      rulesCacheTtlMs: 2000,
    });
    expect(config.database.databaseUrl).toBeUndefined();
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
