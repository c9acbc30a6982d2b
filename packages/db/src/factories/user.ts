import type { Prisma, User, UserRole } from '../generated/prisma/client.js';
import { hashPassword } from '../passwords.js';
import { uniqueName } from './sequence.js';

export type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, 'tenantId' | 'passwordHash'>> & {
  /** Stored hashed (Argon2id); `null` makes a user who cannot sign in yet. */
  password?: string | null;
};

/** An agent with the password `correct horse battery` by default. */
export async function createUser(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: UserOverrides = {},
): Promise<User> {
  const { password = 'correct horse battery', email, role = 'agent' as UserRole, ...rest } = overrides;
  const name = uniqueName(role);
  return prisma.user.create({
    data: {
      tenantId,
      email: (email ?? `${name}@example.com`).toLowerCase(),
      name,
      role,
      ...rest,
      passwordHash: password === null ? null : await hashPassword(password),
    },
  });
}
