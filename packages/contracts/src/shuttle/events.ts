import { z } from 'zod';

/** Shuttle sends numbers as strings ("4"); accept both and keep whole seconds. */
const ZSeconds = z.union([z.string().regex(/^\d+$/, 'Expected whole seconds'), z.number().int().min(0)]);

const ZShuttleCommon = z.looseObject({
  uniqueid: z.string().min(1),
  direction: z.string().optional(),
  queue: z.string().optional(),
  callernum: z.string().optional(),
  callername: z.string().optional(),
  channel: z.string().optional(),
  context: z.string().optional(),
  extension: z.string().optional(),
  trunk: z.string().optional(),
});

const ZShuttleAgent = {
  agentname: z.string().optional(),
  agentnum: z.string().min(1),
  peer: z.string().min(1),
  sipname: z.string().optional(),
};

/** A queue call rings on an agent. */
export const ZShuttleRingingEvent = ZShuttleCommon.extend({
  event: z.literal('ringing'),
  ...ZShuttleAgent,
  ringing: z.literal(true).optional(),
});

/** The agent answered a queue call. */
export const ZShuttleUpEvent = ZShuttleCommon.extend({
  event: z.literal('up'),
  ...ZShuttleAgent,
  holdtime: ZSeconds.optional(),
  ringtime: ZSeconds.optional(),
  up: z.literal(true).optional(),
});

/** A queue call handled by an agent hung up. */
export const ZShuttleHangupEvent = ZShuttleCommon.extend({
  event: z.literal('hangup'),
  ...ZShuttleAgent,
  holdtime: ZSeconds.optional(),
  ringtime: ZSeconds.optional(),
  talktime: ZSeconds.optional(),
  reason: z.string().optional(),
  hangup: z.literal(true).optional(),
});

/** A queue call was abandoned before an agent took it: no agent. */
export const ZShuttleAbandonEvent = ZShuttleCommon.extend({
  event: z.literal('abandon'),
  holdtime: ZSeconds.optional(),
  unmanaged: z.literal(true).optional(),
});

/** The agent started an outbound call. */
export const ZShuttleOutboundEvent = ZShuttleCommon.extend({
  event: z.literal('outbound'),
  ...ZShuttleAgent,
  integrationid: z.string().optional(),
  routeid: z.string().optional(),
  outbound: z.literal(true).optional(),
});

export const ZShuttleEvent = z.discriminatedUnion('event', [
  ZShuttleRingingEvent,
  ZShuttleUpEvent,
  ZShuttleHangupEvent,
  ZShuttleAbandonEvent,
  ZShuttleOutboundEvent,
]);
export type TShuttleEvent = z.infer<typeof ZShuttleEvent>;
export type TShuttleEventName = TShuttleEvent['event'];
export const SHUTTLE_EVENT_NAMES = ['ringing', 'up', 'hangup', 'abandon', 'outbound'] as const;

/** POST /api/shuttle/events: one event or a batch. */
export const ZShuttleEventsRequest = z.union([ZShuttleEvent, z.array(ZShuttleEvent).min(1).max(500)]);
export type TShuttleEventsRequest = z.infer<typeof ZShuttleEventsRequest>;
