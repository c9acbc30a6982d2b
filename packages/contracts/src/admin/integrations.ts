import { z } from 'zod';
import { ZPlatform } from '../common/platform.js';
import { ZPage, ZPageQuery } from './paging.js';

/**
 * Per-tenant settings of each platform: a public part, shown and edited as it is, and secrets, which
 * are written only when the administrator enters one and are never sent back (only whether they are set).
 */

/** `scheme://host[:port]`, as a browser sends it in `Origin`; a trailing slash is forgiven, a path is not. */
export const ZOrigin = z
  .string()
  .trim()
  .min(1, 'Enter an origin like https://xuc.example.com')
  .max(300)
  .transform((value, ctx) => {
    let url: URL | null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    const bare =
      url !== null &&
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.pathname === '/' &&
      !url.search &&
      !url.hash &&
      !url.username &&
      !url.password;
    if (!url || !bare) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an origin: expected scheme://host[:port], e.g. https://xuc.example.com:8443, without a path`,
      });
      return z.NEVER;
    }
    return url.origin;
  });

const ZHttpUrl = z
  .url({ protocol: /^https?$/, error: 'Expected an address like https://pbx.example.com' })
  .max(500);

/** XiVO: the XucMgt origins allowed to call the web service from agents' browsers, besides XIVO_ALLOWED_ORIGINS. */
export const ZXivoSettings = z
  .object({
    allowedOrigins: z
      .array(ZOrigin)
      .max(50, 'At most 50 origins')
      .default([])
      .transform((origins) => [...new Set(origins)]),
  })
  .strict();
export type TXivoSettings = z.infer<typeof ZXivoSettings>;

/** Shuttle: the relay authenticates with tokens (managed apart); the xcally-realtime address is for reference. */
export const ZShuttleSettings = z
  .object({
    realtimeUrl: z
      .url({
        protocol: /^(https?|wss?)$/,
        error: 'Expected an address like https://shuttle.example.com:3000',
      })
      .max(500)
      .nullable()
      .default(null),
  })
  .strict();
export type TShuttleSettings = z.infer<typeof ZShuttleSettings>;

/** Vodia: the PBX and the tenant's domain on it. */
export const ZVodiaSettings = z
  .object({
    pbxUrl: ZHttpUrl.nullable().default(null),
    tenantDomain: z
      .string()
      .trim()
      .toLowerCase()
      .max(253)
      .regex(
        /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
        'Expected a domain like tenant1.pbx.example.com',
      )
      .nullable()
      .default(null),
  })
  .strict();
export type TVodiaSettings = z.infer<typeof ZVodiaSettings>;

/** Each platform's secret names; the values are stored encrypted and never answered. */
export const INTEGRATION_SECRET_NAMES = {
  xivo: [],
  shuttle: [],
  vodia: ['apiPassword', 'webhookSecret'],
} as const satisfies Record<z.infer<typeof ZPlatform>, readonly string[]>;
export type TIntegrationSecretName =
  (typeof INTEGRATION_SECRET_NAMES)[keyof typeof INTEGRATION_SECRET_NAMES][number];

/** A secret to store (replacing the one set), or `null` to clear it; leave the name out to keep it. */
export const ZSecretValue = z
  .string()
  .min(1, 'Enter a value, or null to clear the secret')
  .max(4096, 'At most 4096 characters')
  .nullable();

/** Whether a secret is set, never its value. */
export const ZSecretState = z.object({ set: z.boolean(), updatedAt: z.string().nullable() });
export type TSecretState = z.infer<typeof ZSecretState>;

/** Where the platform reaches Screenpop, for the administrator to copy into its configuration. */
export const ZXivoConnection = z.object({
  /** THIRD_PARTY_URL in XiVO CC's custom.env, naming this tenant. */
  thirdPartyUrl: z.string(),
  /** THIRD_PARTY_LOGIN_URL (XiVO substitutes %{login}, %{token}, %{xivocchost}). */
  loginUrl: z.string(),
});
export const ZShuttleConnection = z.object({
  /** The socket.io namespace the relay connects to (auth: { token }), under the API's public address. */
  socketNamespace: z.string(),
  /** The HTTP intake for relays that prefer webhooks (Authorization: Bearer <token>). */
  eventsUrl: z.string(),
});

const view = <P extends string, S extends z.ZodType, C extends z.ZodType>(
  platform: P,
  settings: S,
  connection: C,
) =>
  z.object({
    platform: z.literal(platform),
    settings,
    secrets: z.record(z.string(), ZSecretState),
    connection,
    /** When the settings were last saved; null when never. */
    updatedAt: z.string().nullable(),
  });

export const ZXivoIntegration = view('xivo', ZXivoSettings, ZXivoConnection);
export const ZShuttleIntegration = view('shuttle', ZShuttleSettings, ZShuttleConnection);
export const ZVodiaIntegration = view('vodia', ZVodiaSettings, z.object({}));
export type TXivoIntegration = z.infer<typeof ZXivoIntegration>;
export type TShuttleIntegration = z.infer<typeof ZShuttleIntegration>;
export type TVodiaIntegration = z.infer<typeof ZVodiaIntegration>;

/** GET /api/admin/integrations/:platform */
export const ZIntegration = z.discriminatedUnion('platform', [
  ZXivoIntegration,
  ZShuttleIntegration,
  ZVodiaIntegration,
]);
export type TIntegration = z.infer<typeof ZIntegration>;

/** GET /api/admin/integrations: every platform, in this order. */
export const ZIntegrationList = z.object({
  xivo: ZXivoIntegration,
  shuttle: ZShuttleIntegration,
  vodia: ZVodiaIntegration,
});
export type TIntegrationList = z.infer<typeof ZIntegrationList>;

/** PUT /api/admin/integrations/xivo: the public settings replace the stored ones. */
export const ZXivoIntegrationUpdate = z.object({ settings: ZXivoSettings }).strict();
export type TXivoIntegrationUpdate = z.input<typeof ZXivoIntegrationUpdate>;

/** PUT /api/admin/integrations/shuttle */
export const ZShuttleIntegrationUpdate = z.object({ settings: ZShuttleSettings }).strict();
export type TShuttleIntegrationUpdate = z.input<typeof ZShuttleIntegrationUpdate>;

/** PUT /api/admin/integrations/vodia: secrets left out are kept, `null` clears one. */
export const ZVodiaIntegrationUpdate = z
  .object({
    settings: ZVodiaSettings,
    secrets: z
      .object({ apiPassword: ZSecretValue.optional(), webhookSecret: ZSecretValue.optional() })
      .strict()
      .default({}),
  })
  .strict();
export type TVodiaIntegrationUpdate = z.input<typeof ZVodiaIntegrationUpdate>;

/** A Shuttle relay token as listed: never the token itself, only its first characters. */
export const ZIntegrationTokenItem = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TIntegrationTokenItem = z.infer<typeof ZIntegrationTokenItem>;

/** POST /api/admin/integrations/shuttle/tokens */
export const ZIntegrationTokenCreate = z
  .object({ name: z.string().trim().min(1, 'Give the token a name').max(100, 'At most 100 characters') })
  .strict();
export type TIntegrationTokenCreate = z.input<typeof ZIntegrationTokenCreate>;

/** The new token, in this answer only: it is stored as a digest and cannot be shown again. */
export const ZIntegrationTokenCreated = ZIntegrationTokenItem.extend({ token: z.string() });
export type TIntegrationTokenCreated = z.infer<typeof ZIntegrationTokenCreated>;

/** GET /api/admin/integrations/shuttle/tokens: newest first. */
export const ZIntegrationTokenQuery = ZPageQuery;
export const ZIntegrationTokenPage = ZPage(ZIntegrationTokenItem);
export type TIntegrationTokenPage = z.infer<typeof ZIntegrationTokenPage>;
