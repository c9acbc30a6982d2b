import { z } from 'zod';
import { ZCallDirection, ZCallState, ZPlatform } from '../common/platform.js';
import { ZAgentSession } from '../xivo/login.js';
import { ZShuttleRealtimeCti } from '../shuttle/commands.js';
import { ZWallboardSnapshot } from '../reports/wallboard.js';

/** A call as the supervisors' live view shows it. */
export const ZLiveCall = z.object({
  id: z.string(),
  source: ZPlatform,
  externalCallId: z.string(),
  caller: z.string(),
  callerName: z.string().nullable(),
  callee: z.string(),
  direction: ZCallDirection,
  state: ZCallState,
  queueName: z.string().nullable(),
  agentName: z.string().nullable(),
  ringingAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});
export type TLiveCall = z.infer<typeof ZLiveCall>;

export const ZFormCompletedNotice = z.object({
  formId: z.string(),
  callId: z.string(),
  disposition: z.string().nullable(),
  wrapUpSeconds: z.number().nullable(),
  completedAt: z.string(),
});

/** Server-to-client events of the supervisors' namespace (/realtime). */
export const SUPERVISOR_EVENTS = {
  callUpdated: 'call.updated',
  agentSession: 'agent.session',
  formCompleted: 'form.completed',
  realtimeCti: 'RealtimeCTI',
  wallboardUpdated: 'wallboard.updated',
  error: 'Error',
} as const;

export interface SupervisorServerEvents {
  'call.updated': (call: z.infer<typeof ZLiveCall>) => void;
  'agent.session': (session: z.infer<typeof ZAgentSession>) => void;
  'form.completed': (notice: z.infer<typeof ZFormCompletedNotice>) => void;
  RealtimeCTI: (cti: z.infer<typeof ZShuttleRealtimeCti>) => void;
  /** A fresh wallboard after the tenant's calls, forms or agent logins changed (at most about once a second). */
  'wallboard.updated': (snapshot: z.infer<typeof ZWallboardSnapshot>) => void;
  /** xuc-style throttling error: {msgType:"Error", ctiMessage:{Error:"Maximum throttle throughput exceeded."}}. */
  Error: (error: { msgType: 'Error'; ctiMessage: { Error: string } }) => void;
}

export const THROTTLE_ERROR = {
  msgType: 'Error',
  ctiMessage: { Error: 'Maximum throttle throughput exceeded.' },
} as const;
