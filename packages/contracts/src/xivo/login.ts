import { z } from 'zod';

/** GET /api/xivo/login: XucMgt's THIRD_PARTY_LOGIN_URL (login=%{login}&token=%{token}&xivoccHost=%{xivocchost}). */
export const ZXivoLoginQuery = z.object({
  login: z.string().trim().min(1).max(200),
  token: z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]*$/, 'Expected the xuc JWT'),
  xivoccHost: z.string().trim().min(1).max(255),
  tenant: z.string().optional(),
});
export type TXivoLoginQuery = z.infer<typeof ZXivoLoginQuery>;

export const ZAgentSession = z.object({
  id: z.string(),
  source: z.enum(['xivo', 'shuttle', 'vodia']),
  login: z.string(),
  host: z.string(),
  agentName: z.string().nullable(),
  loggedInAt: z.string(),
  tokenIssuedAt: z.string().nullable(),
  tokenExpiresAt: z.string().nullable(),
});
export type TAgentSession = z.infer<typeof ZAgentSession>;

export const ZAgentSessionList = z.object({ sessions: z.array(ZAgentSession) });
