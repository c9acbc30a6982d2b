import { databaseOptionsFromEnv, type DatabaseOptions, MIN_PASSWORD_LENGTH } from '@screenpop/db';
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
  /** Calls of history (the last 30 days) the demo data comes with, for the reports; 0 for none. */
  demoHistoryCalls: number;
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
  /** Supervisor access tokens (SUPERVISOR_TOKEN); empty when unset, and supervisor access is then closed. */
  supervisorTokens: string[];
  /** Shared state of several instances (socket.io rooms, rate limits, throttles); one instance alone without it. */
  redisUrl: string | undefined;
  realtime: {
    /** xuc-style websocket throttling: `messages` per `perSeconds` refill a bucket of `burst`. */
    throttle: { messages: number; perSeconds: number; burst: number };
    /** Logs every socket.io message sent (S>>>) and received (R<<<). */
    debug: boolean;
    /** Origins allowed to open the supervisors' socket: the web app's, plus REALTIME_ALLOWED_ORIGINS. */
    allowedOrigins: string[];
  };
  shuttle: {
    /** Per relay connection: a whole call centre's events go through one socket. */
    throttle: { messages: number; perSeconds: number; burst: number };
    /** POST /api/shuttle/events, per client address. */
    rateLimitPerMinute: number;
  };
  /** The demo seed's Shuttle relay token (DEMO_SHUTTLE_TOKEN); a random one, printed once, when unset. */
  demoShuttleToken: string | undefined;
  /** NODE_ENV=production: no generated keys, Secure cookies. */
  production: boolean;
  auth: {
    /** The first administrator, made when none exists (ADMIN_EMAIL, ADMIN_PASSWORD; else generated, printed once). */
    adminEmail: string | undefined;
    adminPassword: string | undefined;
    sessionTtlHours: number;
    /** Secure cookies: in production or when the web app is served over HTTPS. */
    secureCookies: boolean;
    loginRateLimitPerMinute: number;
  };
  reports: {
    /** IANA time zone whose local calendar day is "today" in the wallboard and reports. */
    timeZone: string;
    /** A call answered within this many seconds of ringing counts towards the service level. */
    serviceLevelSeconds: number;
    /** How often the history reports' daily rollup is brought up to date, in seconds; 0 turns the timer off. */
    rollupIntervalSeconds: number;
  };
  /** 32-byte key for secrets at rest (SECRETS_KEY); a random one for this process when unset outside production. */
  secretsKey: Buffer | undefined;
}

/** xuc's throttling window: WS_THROTTLING_NB_MESSAGES are counted per 30 seconds. */
export const WS_THROTTLING_PER_SECONDS = 30;

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
  SEED_DEMO_HISTORY_CALLS: integer(0, 0, 1_000_000),
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
  SUPERVISOR_TOKEN: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((token) => token.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().min(16, 'Each supervisor token needs at least 16 characters'))),
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^rediss?$/, error: 'Expected redis://host:port or rediss://…' }).optional()),
  WS_THROTTLING_NB_MESSAGES: integer(90, 1, 1_000_000),
  WS_THROTTLING_NB_MESSAGES_BURST: integer(180, 1, 1_000_000),
  WS_DEBUG: flag(false),
  REALTIME_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim().replace(/\/+$/, ''))
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'Expected origins like https://host[:port]' }))),
  // Per relay connection and per 30 s, like xuc's: a flood guard (10 000 events/s), far above a call centre's traffic.
  SHUTTLE_THROTTLING_NB_MESSAGES: integer(300_000, 1, 100_000_000),
  SHUTTLE_THROTTLING_NB_MESSAGES_BURST: integer(20_000, 1, 100_000_000),
  SHUTTLE_RATE_LIMIT_PER_MINUTE: integer(12_000, 1, 10_000_000),
  DEMO_SHUTTLE_TOKEN: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^[\x21-\x7e]{16,512}$/, 'Expected 16 to 512 printable characters without spaces')
        .optional(),
    ),
  NODE_ENV: z.string().trim().optional(),
  ADMIN_EMAIL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.email('Expected an e-mail address').optional()),
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.string().min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`).optional()),
  SESSION_TTL_HOURS: integer(12, 1, 24 * 90),
  REPORTS_TIME_ZONE: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || 'Europe/Paris')
    .refine(isTimeZone, 'Expected an IANA time zone, e.g. Europe/Paris or America/New_York'),
  SERVICE_LEVEL_SECONDS: integer(20, 1, 3600),
  REPORTS_ROLLUP_INTERVAL_SECONDS: integer(300, 0, 86_400),
  LOGIN_RATE_LIMIT_PER_MINUTE: integer(10, 1, 10_000),
  SECRETS_KEY: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
      if (key.length !== 32) {
        ctx.addIssue({ code: 'custom', message: 'Expected 32 bytes, as 64 hex digits or base64' });
        return z.NEVER;
      }
      return key;
    }),
});

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

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
  const production = e.NODE_ENV === 'production';
  if (production && !e.SECRETS_KEY) {
    throw new ConfigError(
      'Invalid configuration: SECRETS_KEY: required when NODE_ENV=production (32 bytes: openssl rand -hex 32)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicWebUrl: e.PUBLIC_WEB_URL,
    database: databaseOptionsFromEnv(env),
    migrateOnStart: e.MIGRATE_ON_START,
    seedDemo: e.SEED_DEMO,
    demoHistoryCalls: e.SEED_DEMO_HISTORY_CALLS,
    xivo: { allowedOrigins: e.XIVO_ALLOWED_ORIGINS, rateLimitPerMinute: e.XIVO_RATE_LIMIT_PER_MINUTE },
    defaultPhoneCountry: e.DEFAULT_PHONE_COUNTRY,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    rulesCacheTtlMs: e.RULES_CACHE_TTL_MS,
    supervisorTokens: e.SUPERVISOR_TOKEN,
    redisUrl: e.REDIS_URL,
    realtime: {
      throttle: {
        messages: e.WS_THROTTLING_NB_MESSAGES,
        perSeconds: WS_THROTTLING_PER_SECONDS,
        burst: e.WS_THROTTLING_NB_MESSAGES_BURST,
      },
      debug: e.WS_DEBUG,
      allowedOrigins: [
        ...new Set([
          new URL(e.PUBLIC_WEB_URL).origin,
          ...e.REALTIME_ALLOWED_ORIGINS.map((o) => new URL(o).origin),
        ]),
      ],
    },
    shuttle: {
      throttle: {
        messages: e.SHUTTLE_THROTTLING_NB_MESSAGES,
        perSeconds: WS_THROTTLING_PER_SECONDS,
        burst: e.SHUTTLE_THROTTLING_NB_MESSAGES_BURST,
      },
      rateLimitPerMinute: e.SHUTTLE_RATE_LIMIT_PER_MINUTE,
    },
    demoShuttleToken: e.DEMO_SHUTTLE_TOKEN,
    production,
    auth: {
      adminEmail: e.ADMIN_EMAIL,
      adminPassword: e.ADMIN_PASSWORD,
      sessionTtlHours: e.SESSION_TTL_HOURS,
      secureCookies: production || e.PUBLIC_WEB_URL.startsWith('https:'),
      loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    reports: {
      timeZone: e.REPORTS_TIME_ZONE,
      serviceLevelSeconds: e.SERVICE_LEVEL_SECONDS,
      rollupIntervalSeconds: e.REPORTS_ROLLUP_INTERVAL_SECONDS,
    },
    secretsKey: e.SECRETS_KEY,
  };
}
