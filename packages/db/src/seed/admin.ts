import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../passwords.js';
import { DEFAULT_TENANT_SLUG } from './demo.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

export interface BootstrapAdminOptions {
  /** ADMIN_EMAIL; admin@example.com by default. */
  email?: string;
  /** ADMIN_PASSWORD; a random one, returned once, when absent. */
  password?: string;
}

export interface BootstrapAdminResult {
  created: boolean;
  email?: string;
  /** Only when this call generated it: it is stored hashed and shown once. */
  generatedPassword?: string;
}

/**
 * The first administrator: made when no administrator exists yet (in the first tenant, created if
 * there is none), so a new installation can be signed in to. There is no default password.
 */
export async function bootstrapAdmin(
  prisma: PrismaClient,
  options: BootstrapAdminOptions = {},
): Promise<BootstrapAdminResult> {
  if (await prisma.user.findFirst({ where: { role: 'admin' }, select: { id: true } })) {
    return { created: false };
  }
  const email = (options.email ?? DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
  const given = options.password;
  if (given !== undefined && given.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const password = given ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const tenant =
    (await prisma.tenant.findUnique({ where: { slug: DEFAULT_TENANT_SLUG }, select: { id: true } })) ??
    (await prisma.tenant.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true } })) ??
    (await prisma.tenant.create({
      data: { slug: DEFAULT_TENANT_SLUG, name: 'Call centre' },
      select: { id: true },
    }));
  await prisma.user.upsert({
    where: { email },
    create: { tenantId: tenant.id, email, name: 'Administrator', role: 'admin', passwordHash },
    update: { role: 'admin', active: true, passwordHash },
  });
  return { created: true, email, ...(given === undefined ? { generatedPassword: password } : {}) };
}
