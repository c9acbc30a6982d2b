import { z } from 'zod';
import { ZPageQuery } from './paging.js';

export const ZAuditEntry = z.object({
  id: z.string(),
  createdAt: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  changes: z.unknown().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = ZPageQuery.extend({
  entityType: z.string().trim().min(1).optional(),
  entityId: z.string().trim().min(1).optional(),
  /** `user.created`, or a prefix ending with a dot: `user.` for every change to users. */
  action: z.string().trim().min(1).max(100).optional(),
  actorId: z.uuid({ error: 'Expected a user id' }).optional(),
});
export type TAuditQuery = z.output<typeof ZAuditQuery>;
/** What a client sends (the query string's values before parsing). */
export type TAuditParams = Omit<z.input<typeof ZAuditQuery>, 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
};

/** The entity types the tenant's log mentions, for the log's filter. */
export const ZAuditEntityTypes = z.object({ entityTypes: z.array(z.string()) });
export type TAuditEntityTypes = z.infer<typeof ZAuditEntityTypes>;
