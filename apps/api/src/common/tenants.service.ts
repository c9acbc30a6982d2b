import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Database } from '@screenpop/db';
import { DATABASE } from './database.module.js';

export interface TenantRef {
  id: string;
  slug: string;
}

const TENANT_CACHE_MS = 60_000;

/** Resolves the tenant a platform names (`?tenant=<slug>`); known tenants are remembered for a minute. */
@Injectable()
export class TenantsService {
  private readonly known = new Map<string, { tenant: TenantRef; expiresAt: number }>();

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async bySlug(slug: string): Promise<TenantRef | null> {
    const cached = this.known.get(slug);
    if (cached && cached.expiresAt > Date.now()) return cached.tenant;
    const tenant = await this.database.prisma.tenant.findUnique({
      where: { slug },
      select: { id: true, slug: true },
    });
    if (tenant) this.known.set(slug, { tenant, expiresAt: Date.now() + TENANT_CACHE_MS });
    else this.known.delete(slug);
    return tenant;
  }

  /** The tenant a request names; a 404 naming the slug when there is none. */
  async require(slug: string): Promise<TenantRef> {
    const tenant = await this.bySlug(slug);
    if (!tenant) throw new NotFoundException(`Unknown tenant "${slug}"`);
    return tenant;
  }
}
