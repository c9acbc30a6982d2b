import { z } from 'zod';

/** GET /api/calls/live */
export const ZLiveCallsQuery = z.object({ tenant: z.string().trim().min(1).max(100).optional() });
export type TLiveCallsQuery = z.infer<typeof ZLiveCallsQuery>;
