import { z } from 'zod';
import { ZCallDirection, ZCallState, ZPlatform } from '../common/platform.js';
import { ZFormData, ZFormTemplate } from './form-template.js';

export const ZFormSessionStatus = z.enum(['pending', 'opened', 'completed']);
export type TFormSessionStatus = z.infer<typeof ZFormSessionStatus>;

export const ZPreviousCall = z.object({
  id: z.string(),
  source: ZPlatform,
  caller: z.string(),
  callee: z.string(),
  queueName: z.string().nullable(),
  agentName: z.string().nullable(),
  state: ZCallState,
  ringingAt: z.string(),
  disposition: z.string().nullable(),
  notes: z.string().nullable(),
});
export type TPreviousCall = z.infer<typeof ZPreviousCall>;

export const ZFormContact = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phones: z.array(z.string()),
});
export type TFormContact = z.infer<typeof ZFormContact>;

/** GET /api/forms/:id: everything the per-call form shows. */
export const ZFormView = z.object({
  id: z.string(),
  status: ZFormSessionStatus,
  title: z.string().nullable(),
  autopause: z.boolean(),
  autopauseReason: z.string().nullable(),
  openedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  wrapUpSeconds: z.number().int().nullable(),
  data: ZFormData,
  disposition: z.string().nullable(),
  call: z.object({
    id: z.string(),
    source: ZPlatform,
    externalCallId: z.string(),
    caller: z.string(),
    callerName: z.string().nullable(),
    callee: z.string(),
    direction: ZCallDirection,
    state: ZCallState,
    ringingAt: z.string(),
    answeredAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    userData: z.record(z.string(), z.string()),
  }),
  agent: z.object({ id: z.string(), externalId: z.string(), fullName: z.string().nullable() }).nullable(),
  queue: z
    .object({
      id: z.string(),
      name: z.string(),
      displayName: z.string().nullable(),
      number: z.string().nullable(),
    })
    .nullable(),
  contact: ZFormContact.nullable(),
  previousCalls: z.array(ZPreviousCall),
  template: ZFormTemplate.nullable(),
});
export type TFormView = z.infer<typeof ZFormView>;

/** PATCH /api/forms/:id: save a draft (partial data, optional disposition). */
export const ZFormDraftRequest = z.object({
  data: ZFormData.default({}),
  disposition: z.string().min(1).nullable().optional(),
});
export type TFormDraftRequest = z.infer<typeof ZFormDraftRequest>;

/** POST /api/forms/:id/complete. */
export const ZFormCompleteRequest = z.object({
  data: ZFormData.default({}),
  disposition: z.string().min(1).optional(),
});
export type TFormCompleteRequest = z.infer<typeof ZFormCompleteRequest>;
