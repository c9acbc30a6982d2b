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
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
