import type { Prisma, Tenant } from '../generated/prisma/client.js';
import { nextSequence, uniqueName } from './sequence.js';

export type TenantOverrides = Partial<Prisma.TenantUncheckedCreateInput>;

export function createTenant(
  prisma: Prisma.TransactionClient,
  overrides: TenantOverrides = {},
): Promise<Tenant> {
  return prisma.tenant.create({
    data: { slug: uniqueName('tenant'), name: `Tenant ${nextSequence()}`, ...overrides },
  });
}
