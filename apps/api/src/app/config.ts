import { databaseOptionsFromEnv, type DatabaseOptions } from '@screenpop/db';
import { z } from 'zod';

export const APP_CONFIG = Symbol('AppConfig');

export interface AppConfig {
  port: number;
  host: string;
  /** Origin of the web app; form URLs handed to XucMgt are absolute URLs under it. */
  publicWebUrl: string;
  /** PostgreSQL (DATABASE_URL) or embedded PGlite (PGLITE_DATA_DIR, or its default). */
  database: DatabaseOptions;
  migrateOnStart: boolean;
  seedDemo: boolean;
  xivo: {
    /** `'*'` or the exact origins (scheme://host[:port]) allowed to call the third-party web service. */
    allowedOrigins: '*' | string[];
    rateLimitPerMinute: number;
  };
  defaultPhoneCountry: string | undefined;
  logLevel: string;
  trustProxy: boolean | number | string;
  /** How long a tenant's rules are reused before being read again. */
  rulesCacheTtlMs: number;
}

const flag = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      ctx.addIssue({ code: 'custom', message: `Expected true or false, got "${value}"` });
      return z.NEVER;
    });

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : Number(value)))
    .pipe(z.number({ error: 'Expected a whole number' }).int().min(min).max(max));

const ZEnv = z.object({
  PORT: integer(3001, 0, 65_535),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  PUBLIC_WEB_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  MIGRATE_ON_START: flag(true),
  SEED_DEMO: flag(false),
  XIVO_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value): '*' | string[] => {
      const origins = (value ?? '*')
        .split(',')
        .map((origin) => origin.trim().replace(/\/+$/, ''))
        .filter(Boolean);
      return origins.length === 0 || origins.includes('*') ? '*' : origins;
    }),
  XIVO_RATE_LIMIT_PER_MINUTE: integer(1200, 1, 10_000_000),
  DEFAULT_PHONE_COUNTRY: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}$/, 'Expected a two-letter country code (ISO 3166-1), e.g. FR')
        .optional(),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((value): boolean | number | string => {
      if (value === undefined || value === '' || value.toLowerCase() === 'false') return false;
      if (value.toLowerCase() === 'true') return true;
      if (/^\d+$/.test(value)) return Number(value);
      return value;
    }),
  RULES_CACHE_TTL_MS: integer(2000, 0, 3_600_000),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the API's configuration from the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicWebUrl: e.PUBLIC_WEB_URL,
    database: databaseOptionsFromEnv(env),
    migrateOnStart: e.MIGRATE_ON_START,
    seedDemo: e.SEED_DEMO,
    xivo: { allowedOrigins: e.XIVO_ALLOWED_ORIGINS, rateLimitPerMinute: e.XIVO_RATE_LIMIT_PER_MINUTE },
    defaultPhoneCountry: e.DEFAULT_PHONE_COUNTRY,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    rulesCacheTtlMs: e.RULES_CACHE_TTL_MS,
  };
}
