import { z } from 'zod';

export const AGENT_SESSIONS_DEFAULT_LIMIT = 50;
export const AGENT_SESSIONS_MAX_LIMIT = 200;

/** GET /api/agents/sessions: a page of logins, newest first; `cursor` is the id of the previous page's last one. */
export const ZAgentSessionsQuery = z.object({
  host: z.string().trim().min(1).max(255).optional(),
  limit: z.coerce
    .number({ error: 'Expected a whole number' })
    .int()
    .min(1)
    .max(AGENT_SESSIONS_MAX_LIMIT)
    .default(AGENT_SESSIONS_DEFAULT_LIMIT),
  cursor: z.uuid({ error: 'Expected the id of a session' }).optional(),
  tenant: z.string().trim().min(1).max(100).optional(),
});
export type TAgentSessionsQuery = z.infer<typeof ZAgentSessionsQuery>;
