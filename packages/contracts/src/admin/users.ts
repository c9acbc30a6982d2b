import { z } from 'zod';
import { ZLocale, ZUserRole } from '../auth/auth.js';
import { ZPlatform } from '../common/platform.js';
import { ZPageQuery } from './paging.js';

/** Shortest password an administrator may set (the database package's MIN_PASSWORD_LENGTH). */
export const USER_PASSWORD_MIN_LENGTH = 12;
export const USER_PASSWORD_MAX_LENGTH = 1024;

/** A user's identity on a platform: XiVO login, Shuttle agentnum, Vodia extension. */
export const ZUserIdentity = z.object({
  id: z.string(),
  platform: ZPlatform,
  externalId: z.string(),
  createdAt: z.string(),
});
export type TUserIdentity = z.infer<typeof ZUserIdentity>;

/** A user as the back office shows them; the password hash never leaves the API. */
export const ZUserView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZUserRole,
  active: z.boolean(),
  locale: ZLocale.nullable(),
  /** False for users who sign in through their platform only (most agents). */
  hasPassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  identities: z.array(ZUserIdentity),
});
export type TUserView = z.infer<typeof ZUserView>;

const ZEmail = z
  .string({ error: 'Enter an e-mail address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an e-mail address')
  .max(320, 'At most 320 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an e-mail address such as jane@example.com');

const ZName = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, 'Enter a name')
  .max(200, 'At most 200 characters');

export const ZUserPassword = z
  .string({ error: 'Enter a password' })
  .min(USER_PASSWORD_MIN_LENGTH, `At least ${USER_PASSWORD_MIN_LENGTH} characters`)
  .max(USER_PASSWORD_MAX_LENGTH, `At most ${USER_PASSWORD_MAX_LENGTH} characters`)
  .refine((password) => password.trim().length > 0, 'A password cannot be only spaces');

export const ZUserCreateRequest = z.object({
  email: ZEmail,
  name: ZName,
  role: ZUserRole,
  /** Leave out for agents who sign in through their platform; they cannot sign in here until one is set. */
  password: ZUserPassword.optional(),
  locale: ZLocale.nullable().optional(),
});
export type TUserCreateRequest = z.infer<typeof ZUserCreateRequest>;

export const ZUserUpdateRequest = z
  .object({
    name: ZName.optional(),
    role: ZUserRole.optional(),
    active: z.boolean({ error: 'Expected true or false' }).optional(),
    /** null: the browser's language. */
    locale: ZLocale.nullable().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Change at least one of name, role, active or locale',
  });
export type TUserUpdateRequest = z.infer<typeof ZUserUpdateRequest>;

export const ZUserPasswordRequest = z.object({ password: ZUserPassword });
export type TUserPasswordRequest = z.infer<typeof ZUserPasswordRequest>;

export const ZUserIdentityRequest = z.object({
  platform: ZPlatform,
  externalId: z
    .string({ error: 'Enter the id on the platform' })
    .trim()
    .min(1, 'Enter the id on the platform')
    .max(100, 'At most 100 characters')
    .regex(/^\S+$/, 'No spaces'),
});
export type TUserIdentityRequest = z.infer<typeof ZUserIdentityRequest>;

/** How many sessions a sign-out ended. */
export const ZUserSignOutResult = z.object({ revokedSessions: z.number().int() });
export type TUserSignOutResult = z.infer<typeof ZUserSignOutResult>;

export const ZUserListQuery = ZPageQuery.extend({
  /** Part of the name or e-mail address. */
  q: z
    .string()
    .trim()
    .max(200, 'At most 200 characters')
    .optional()
    .transform((q) => q || undefined),
  role: ZUserRole.optional(),
  active: z
    .enum(['true', 'false'], { error: 'Expected true or false' })
    .optional()
    .transform((active) => (active === undefined ? undefined : active === 'true')),
});
export type TUserListQuery = z.output<typeof ZUserListQuery>;
/** What a client sends (the query string's values before parsing). */
export type TUserListParams = Omit<z.input<typeof ZUserListQuery>, 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
};
