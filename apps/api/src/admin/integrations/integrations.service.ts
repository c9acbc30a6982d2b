import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  INTEGRATION_SECRET_NAMES,
  type TAuthUser,
  type TIntegration,
  type TIntegrationList,
  type TPlatform,
  type TSecretState,
  type TShuttleIntegration,
  type TShuttleSettings,
  type TVodiaIntegration,
  type TVodiaSettings,
  type TXivoIntegration,
  type TXivoSettings,
  ZShuttleSettings,
  ZVodiaSettings,
  ZXivoSettings,
} from '@screenpop/contracts';
import type { Database, IntegrationSetting, Prisma } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../../app/config.js';
import { SecretKeys } from '../../auth/secret-keys.js';
import { DATABASE } from '../../common/database.module.js';
import { isUniqueViolation } from '../../common/rows.js';
import { AuditService } from '../audit/audit.service.js';
import { SecretBox, SecretBoxError } from './secret-box.js';
import { XivoTenantOrigins } from './xivo-tenant-origins.js';

export const SECRETS_KEY_PURPOSE = 'integration-secrets';

/**
 * The settings column holds the public settings, plus when each secret was last written under this
 * key (so the view can say "set on …" without decrypting anything).
 */
const SECRETS_UPDATED_AT = 'secretsUpdatedAt';

type SettingsOf = { xivo: TXivoSettings; shuttle: TShuttleSettings; vodia: TVodiaSettings };
const SETTINGS_SCHEMAS = { xivo: ZXivoSettings, shuttle: ZShuttleSettings, vodia: ZVodiaSettings } as const;

/** What a PUT asks: the public settings, and per secret a new value or null (clear); absent names are kept. */
export interface IntegrationUpdate<P extends TPlatform> {
  settings: SettingsOf[P];
  secrets?: Partial<Record<string, string | null | undefined>>;
}

type Stored = Pick<IntegrationSetting, 'id' | 'settings' | 'secrets' | 'secretKeys' | 'updatedAt'>;

/** The associated data of a tenant's platform secrets: a blob copied to another tenant or platform fails. */
export function secretsAssociatedData(tenantId: string, platform: TPlatform): string {
  return `screenpop:integration-secrets:${tenantId}:${platform}`;
}

/** Per-tenant platform settings: public ones as they are, secrets encrypted at rest and never answered. */
@Injectable()
export class IntegrationsService {
  private readonly box: SecretBox;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: SecretKeys,
    private readonly audit: AuditService,
    private readonly xivoOrigins: XivoTenantOrigins,
  ) {
    this.box = new SecretBox(keys.derive(SECRETS_KEY_PURPOSE));
  }

  async list(user: TAuthUser): Promise<TIntegrationList> {
    const rows = await this.database.prisma.integrationSetting.findMany({
      where: { tenantId: user.tenant.id },
    });
    const row = (platform: TPlatform) => rows.find((r) => r.platform === platform) ?? null;
    return {
      xivo: this.view(user, 'xivo', row('xivo')) as TXivoIntegration,
      shuttle: this.view(user, 'shuttle', row('shuttle')) as TShuttleIntegration,
      vodia: this.view(user, 'vodia', row('vodia')) as TVodiaIntegration,
    };
  }

  async get(user: TAuthUser, platform: TPlatform): Promise<TIntegration> {
    return this.view(user, platform, await this.find(this.database.prisma, user.tenant.id, platform));
  }

  async update<P extends TPlatform>(
    user: TAuthUser,
    platform: P,
    body: IntegrationUpdate<P>,
  ): Promise<TIntegration> {
    const tenantId = user.tenant.id;
    const allowedNames: readonly string[] = INTEGRATION_SECRET_NAMES[platform];
    const requested = Object.entries(body.secrets ?? {}).filter(
      (entry): entry is [string, string | null] => entry[1] !== undefined && allowedNames.includes(entry[0]),
    );
    if (requested.some(([, value]) => value !== null) && !this.keys.persistent) {
      throw new ConflictException(
        'Secrets cannot be stored: SECRETS_KEY is not set, so they could not be read after a restart. ' +
          'Set SECRETS_KEY (32 bytes: openssl rand -hex 32) and restart the API. Nothing was saved; ' +
          'public settings save without secrets.',
      );
    }

    const saved = await this.database.prisma
      .$transaction(async (tx) => {
        const existing = await this.find(tx, tenantId, platform);
        const before = existing
          ? readSettings(platform, existing.settings)
          : SETTINGS_SCHEMAS[platform].parse({});
        const setNames = new Set(existing?.secretKeys ?? []);
        const replaced = requested.filter(([, value]) => value !== null).map(([name]) => name);
        const cleared = requested
          .filter(([name, value]) => value === null && setNames.has(name))
          .map(([name]) => name);

        const timestamps = { ...readTimestamps(existing?.settings) };
        let secrets = existing?.secrets ?? null;
        let secretKeys = existing?.secretKeys ?? [];
        if (replaced.length > 0 || cleared.length > 0) {
          const kept = [...setNames].filter((name) => !replaced.includes(name) && !cleared.includes(name));
          const values: Record<string, string> =
            kept.length > 0 ? this.openKept(tenantId, platform, existing, kept) : {};
          for (const [name, value] of requested) if (value !== null) values[name] = value;
          secretKeys = Object.keys(values).sort();
          secrets =
            secretKeys.length > 0
              ? this.box.seal(JSON.stringify(values), secretsAssociatedData(tenantId, platform))
              : null;
          const now = new Date().toISOString();
          for (const name of replaced) timestamps[name] = now;
          for (const name of cleared) delete timestamps[name];
        }

        const settingsChanged = JSON.stringify(before) !== JSON.stringify(body.settings);
        if (!settingsChanged && replaced.length === 0 && cleared.length === 0 && existing) return existing;

        const data = {
          settings: { ...body.settings, [SECRETS_UPDATED_AT]: timestamps } as Prisma.InputJsonObject,
          secrets,
          secretKeys,
        };
        const row = existing
          ? await tx.integrationSetting.update({ where: { id: existing.id }, data })
          : await tx.integrationSetting.create({ data: { tenantId, platform, ...data } });

        if (settingsChanged) {
          await this.audit.record(
            user,
            {
              action: 'integration.settings_updated',
              entityType: 'integration',
              entityId: platform,
              summary: `${PLATFORM_NAMES[platform]} settings updated`,
              changes: { before, after: body.settings } as Prisma.InputJsonObject,
            },
            tx,
          );
        }
        for (const [verb, names] of [
          ['replaced', replaced],
          ['cleared', cleared],
        ] as const) {
          if (names.length === 0) continue;
          await this.audit.record(
            user,
            {
              action: `integration.secret_${verb}`,
              entityType: 'integration',
              entityId: platform,
              summary: `${PLATFORM_NAMES[platform]} secret${names.length > 1 ? 's' : ''} ${verb}: ${names.join(', ')}`,
              changes: { secrets: names },
            },
            tx,
          );
        }
        return row;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw new ConflictException(
            'These settings were saved by someone else at the same moment: reload and try again',
          );
        }
        throw error;
      });

    if (platform === 'xivo') this.xivoOrigins.forget(tenantId);
    return this.view(user, platform, saved);
  }

  /**
   * The platform's secrets in clear, for the code that talks to the platform (never for an answer or a
   * log). Empty when none is set.
   */
  async readSecrets(tenantId: string, platform: TPlatform): Promise<Record<string, string>> {
    const row = await this.find(this.database.prisma, tenantId, platform);
    if (!row?.secrets) return {};
    return parseSecrets(this.box.open(row.secrets, secretsAssociatedData(tenantId, platform)));
  }

  private openKept(
    tenantId: string,
    platform: TPlatform,
    row: Stored | null,
    kept: string[],
  ): Record<string, string> {
    try {
      if (!row?.secrets) throw new SecretBoxError('No stored secrets');
      const all = parseSecrets(this.box.open(row.secrets, secretsAssociatedData(tenantId, platform)));
      return Object.fromEntries(
        kept.filter((name) => typeof all[name] === 'string').map((name) => [name, all[name]!]),
      );
    } catch (error) {
      if (!(error instanceof SecretBoxError)) throw error;
      throw new ConflictException(
        `The stored ${PLATFORM_NAMES[platform]} secrets cannot be decrypted with the current SECRETS_KEY ` +
          `(was it changed?): enter ${kept.join(', ')} again, or clear ${kept.length > 1 ? 'them' : 'it'}, in the same request.`,
      );
    }
  }

  private find(
    client: Prisma.TransactionClient,
    tenantId: string,
    platform: TPlatform,
  ): Promise<Stored | null> {
    return client.integrationSetting.findUnique({
      where: { tenantId_platform: { tenantId, platform } },
      select: { id: true, settings: true, secrets: true, secretKeys: true, updatedAt: true },
    });
  }

  private view(user: TAuthUser, platform: TPlatform, row: Stored | null): TIntegration {
    const timestamps = readTimestamps(row?.settings);
    const secrets: Record<string, TSecretState> = {};
    for (const name of INTEGRATION_SECRET_NAMES[platform] as readonly string[]) {
      const set = row?.secretKeys.includes(name) ?? false;
      secrets[name] = { set, updatedAt: set ? (timestamps[name] ?? null) : null };
    }
    const updatedAt = row?.updatedAt.toISOString() ?? null;
    const web = this.config.publicWebUrl;
    const tenant = encodeURIComponent(user.tenant.slug);
    switch (platform) {
      case 'xivo':
        return {
          platform,
          settings: readSettings('xivo', row?.settings),
          secrets,
          updatedAt,
          connection: {
            thirdPartyUrl: `${web}/api/xivo/thirdparty?tenant=${tenant}`,
            loginUrl: `${web}/api/xivo/login?tenant=${tenant}&login=%{login}&token=%{token}&xivoccHost=%{xivocchost}`,
          },
        };
      case 'shuttle':
        return {
          platform,
          settings: readSettings('shuttle', row?.settings),
          secrets,
          updatedAt,
          connection: { socketNamespace: '/shuttle', eventsUrl: `${web}/api/shuttle/events` },
        };
      case 'vodia':
        return {
          platform,
          settings: readSettings('vodia', row?.settings),
          secrets,
          updatedAt,
          connection: {},
        };
    }
  }
}

const PLATFORM_NAMES: Record<TPlatform, string> = { xivo: 'XiVO', shuttle: 'xCALLY Shuttle', vodia: 'Vodia' };

/** The stored public settings; fields that no longer parse fall back to their defaults. */
function readSettings<P extends TPlatform>(platform: P, stored: unknown): SettingsOf[P] {
  const schema = SETTINGS_SCHEMAS[platform];
  const source = isObject(stored) ? stored : {};
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as { safeParse(value: unknown): { success: boolean; data?: unknown } }).safeParse(
      source[key],
    );
    result[key] = parsed.success
      ? parsed.data
      : (field as { parse(value: unknown): unknown }).parse(undefined);
  }
  return result as SettingsOf[P];
}

/** The decrypted secrets; a parse error would quote them, so it is replaced by one that does not. */
function parseSecrets(plaintext: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    throw new SecretBoxError('The stored secrets are not a JSON object');
  }
  if (!isObject(value)) throw new SecretBoxError('The stored secrets are not a JSON object');
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function readTimestamps(stored: unknown): Record<string, string> {
  const value = isObject(stored) ? stored[SECRETS_UPDATED_AT] : undefined;
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
