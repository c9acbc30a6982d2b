import { roleAllows, SESSION_COOKIE, type TAuthUser, type TUserRole, ZAuthUser } from '@screenpop/contracts';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { upstreamApiUrl } from './api-upstream';
import { PATH_HEADER } from './path-header';

/** The signed-in user, asked of the API with the browser's session cookie; null when there is none. */
export async function currentUser(): Promise<TAuthUser | null> {
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!session) return null;
  const response = await fetch(upstreamApiUrl('/api/auth/me', '', process.env.API_URL), {
    headers: { cookie: `${SESSION_COOKIE}=${session}`, accept: 'application/json' },
    cache: 'no-store',
  }).catch(() => null);
  if (!response?.ok) return null;
  const parsed = ZAuthUser.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

/** For a page's server component: the user when their role allows it; else to sign-in, or a 403 page. */
export async function requireRole(role: TUserRole): Promise<TAuthUser> {
  const user = await currentUser();
  if (!user) {
    const returnTo = (await headers()).get(PATH_HEADER) ?? '/';
    redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  }
  if (!roleAllows(user.role, role)) forbidden();
  return user;
}
