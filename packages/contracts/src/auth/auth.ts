import { z } from 'zod';

/** admin ⊃ supervisor ⊃ agent: each role may do what the roles below it may. */
export const ZUserRole = z.enum(['admin', 'supervisor', 'agent']);
export type TUserRole = z.infer<typeof ZUserRole>;

const RANK: Record<TUserRole, number> = { agent: 1, supervisor: 2, admin: 3 };

/** Whether a user with `role` may use what needs `needed`. */
export function roleAllows(role: TUserRole, needed: TUserRole): boolean {
  return RANK[role] >= RANK[needed];
}

export const ZLocale = z.enum(['en', 'fr']);
export type TLocale = z.infer<typeof ZLocale>;

export const ZLoginRequest = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail address').max(320),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

/** The signed-in user, as the API and the web app see them. */
export const ZAuthUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZUserRole,
  locale: ZLocale.nullable(),
  tenant: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
});
export type TAuthUser = z.infer<typeof ZAuthUser>;

/** A short-lived ticket that lets the browser open the supervisors' socket (the session cookie is httpOnly). */
export const ZRealtimeTicket = z.object({ ticket: z.string(), expiresAt: z.string() });
export type TRealtimeTicket = z.infer<typeof ZRealtimeTicket>;

/** The session cookie's name, shared by the API (sets it) and the web app (forwards it). */
export const SESSION_COOKIE = 'screenpop_session';
