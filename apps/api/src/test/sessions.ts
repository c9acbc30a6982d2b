import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SESSION_COOKIE, type TUserRole } from '@screenpop/contracts';
import type { Database, User } from '@screenpop/db';
import { createTenant, createUser } from '@screenpop/db/testing';

export const TEST_PASSWORD = 'correct horse battery';

export interface SignedIn {
  user: User;
  /** `Cookie` header value carrying the session. */
  cookie: string;
  /** Headers for `app.inject`. */
  headers: { cookie: string };
}

/** A user of this role in the tenant (a new tenant by default), signed in through POST /api/auth/login. */
export async function signInAs(
  app: NestFastifyApplication,
  database: Database,
  role: TUserRole,
  tenantId?: string,
): Promise<SignedIn> {
  const tenant = tenantId ?? (await createTenant(database.prisma)).id;
  const user = await createUser(database.prisma, tenant, { role, password: TEST_PASSWORD });
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`Sign-in failed: ${response.statusCode} ${response.body}`);
  const session = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!session) throw new Error('Sign-in set no session cookie');
  const cookie = `${SESSION_COOKIE}=${session.value}`;
  return { user, cookie, headers: { cookie } };
}
