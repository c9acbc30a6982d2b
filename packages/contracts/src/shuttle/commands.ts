import { z } from 'zod';
import { ZApiIssue } from '../common/api-error.js';
import { ZShuttleMode } from '../rules/rule.js';

/** AgentCTI: ask the agent's Shuttle interface to open a URL. */
export const ZShuttleAgentCti = z.object({
  url: z.string().min(1),
  peer: z.string().min(1),
  mode: ZShuttleMode,
});
export type TShuttleAgentCti = z.infer<typeof ZShuttleAgentCti>;

/** AgentCTINotification: a notification on the agent's Shuttle interface. */
export const ZShuttleAgentCtiNotification = z.object({
  peer: z.string().min(1),
  type: z.string().min(1),
  title: z.string(),
  body: z.string(),
});
export type TShuttleAgentCtiNotification = z.infer<typeof ZShuttleAgentCtiNotification>;

/** RealtimeCTI: a line of Shuttle's "Integration Realtime" panel (supervisors). */
export const ZShuttleRealtimeCti = z.object({
  type: z.string().min(1),
  channel: z.record(z.string(), z.unknown()),
  reference: z.string(),
  url: z.string(),
});
export type TShuttleRealtimeCti = z.infer<typeof ZShuttleRealtimeCti>;

/** What a relay must emit to Shuttle for an event, in order. */
export const ZShuttleCommand = z.discriminatedUnion('name', [
  z.object({ name: z.literal('AgentCTI'), payload: ZShuttleAgentCti }),
  z.object({ name: z.literal('AgentCTINotification'), payload: ZShuttleAgentCtiNotification }),
  z.object({ name: z.literal('RealtimeCTI'), payload: ZShuttleRealtimeCti }),
]);
export type TShuttleCommand = z.infer<typeof ZShuttleCommand>;

/** The acknowledgement of one event, sent only once it is stored (or refused). */
export const ZShuttleAck = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    callId: z.string(),
    duplicate: z.boolean(),
    commands: z.array(ZShuttleCommand),
  }),
  z.object({ ok: z.literal(false), error: z.string(), issues: z.array(ZApiIssue).optional() }),
]);
export type TShuttleAck = z.infer<typeof ZShuttleAck>;
