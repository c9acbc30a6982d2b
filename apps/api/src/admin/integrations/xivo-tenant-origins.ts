import { Inject, Injectable } from '@nestjs/common';
import { ZXivoSettings } from '@screenpop/contracts';
import type { Database } from '@screenpop/db';
import { DATABASE } from '../../common/database.module.js';
import { TenantsService } from '../../common/tenants.service.js';
import type { TenantOriginsSource } from '../../xivo/xivo-cors.js';

/** Another instance's change reaches this one within this time (a change here applies at once). */
const TTL_MS = 30_000;
/** Slugs are chosen by callers: a bound keeps made-up ones from growing the cache. */
const MAX_ENTRIES = 1_000;

interface Entry {
  tenantId: string | null;
  origins: ReadonlySet<string>;
  expiresAt: number;
}

const NONE: ReadonlySet<string> = new Set();

/** The XucMgt origins each tenant allows in its XiVO settings, for the web service's CORS. */
@Injectable()
export class XivoTenantOrigins implements TenantOriginsSource {
  private readonly cache = new Map<string, Entry>();

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly tenants: TenantsService,
  ) {}

  async allowed(slug: string): Promise<ReadonlySet<string>> {
    const cached = this.cache.get(slug);
    if (cached && cached.expiresAt > Date.now()) return cached.origins;

    const tenant = await this.tenants.bySlug(slug);
    let origins = NONE;
    if (tenant) {
      const row = await this.database.prisma.integrationSetting.findUnique({
        where: { tenantId_platform: { tenantId: tenant.id, platform: 'xivo' } },
        select: { settings: true },
      });
      origins = new Set(parseOrigins(row?.settings));
    }
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(slug, { tenantId: tenant?.id ?? null, origins, expiresAt: Date.now() + TTL_MS });
    return origins;
  }

  /** The tenant's settings changed: its next request reads them again. */
  forget(tenantId: string): void {
    for (const [slug, entry] of this.cache) {
      if (entry.tenantId === tenantId) this.cache.delete(slug);
    }
  }
}

function parseOrigins(settings: unknown): string[] {
  const allowedOrigins = (settings as { allowedOrigins?: unknown } | null | undefined)?.allowedOrigins;
  const parsed = ZXivoSettings.shape.allowedOrigins.safeParse(allowedOrigins);
  return parsed.success ? parsed.data.map((origin) => origin.toLowerCase()) : [];
}
