import { z } from 'zod';

/** `?tenant=<slug>` of a supervisor route: a supervisor token names the tenant; a signed-in user has their own. */
export const ZTenantQuery = z.object({ tenant: z.string().trim().min(1).max(100).optional() });
export type TTenantQuery = z.infer<typeof ZTenantQuery>;
