import { z } from 'zod';
import { ZCallDirection, ZPlatform } from '../common/platform.js';
import { ZXivoAction, ZXivoEvent } from '../xivo/third-party-response.js';

/** How a text condition compares: exact value, prefix, or a regular expression (pattern). */
export const ZTextOperator = z.enum(['exact', 'prefix', 'pattern']);
export type TTextOperator = z.infer<typeof ZTextOperator>;

export const ZTextCondition = z
  .object({ op: ZTextOperator, value: z.string().min(1) })
  .refine((c) => c.op !== 'pattern' || isValidPattern(c.value), {
    message: 'Not a valid regular expression',
    path: ['value'],
  });
export type TTextCondition = z.infer<typeof ZTextCondition>;

export const ZUserDataCondition = z
  .object({ key: z.string().min(1), op: ZTextOperator, value: z.string().min(1) })
  .refine((c) => c.op !== 'pattern' || isValidPattern(c.value), {
    message: 'Not a valid regular expression',
    path: ['value'],
  });
export type TUserDataCondition = z.infer<typeof ZUserDataCondition>;

/** Local time window, "HH:MM" to "HH:MM" (may wrap midnight), optional ISO weekdays (1 = Monday). */
export const ZTimeWindow = z.object({
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM'),
  to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM'),
  days: z.array(z.number().int().min(1).max(7)).optional(),
  timeZone: z.string().optional(),
});
export type TTimeWindow = z.infer<typeof ZTimeWindow>;

/**
 * A rule's conditions; every present condition must hold. An empty object is a catch-all.
 * `queue` matches the queue's name or number (any of the listed values).
 */
export const ZRuleMatch = z.object({
  sources: z.array(ZPlatform).optional(),
  events: z.array(z.string().min(1)).optional(),
  queues: z.array(z.string().min(1)).optional(),
  caller: ZTextCondition.optional(),
  callee: ZTextCondition.optional(),
  direction: ZCallDirection.optional(),
  userData: z.array(ZUserDataCondition).optional(),
  agents: z.array(z.string().min(1)).optional(),
  timeWindow: ZTimeWindow.optional(),
});
export type TRuleMatch = z.infer<typeof ZRuleMatch>;

export const ZShuttleMode = z.enum(['new_tab', 'new_window', 'new_frame']);
export type TShuttleMode = z.infer<typeof ZShuttleMode>;

export const ZRuleNotification = z.object({
  type: z.string().min(1),
  title: z.string(),
  body: z.string(),
});

/** What a rule answers. Exactly one target when the action opens something. */
export const ZRuleAnswer = z.object({
  action: ZXivoAction,
  event: z.string().optional(),
  formTemplateId: z.string().uuid().optional(),
  urlTemplate: z.string().optional(),
  autopause: z.boolean().optional(),
  autopauseReason: z.string().optional(),
  multitab: z.boolean().optional(),
  titleTemplate: z.string().optional(),
  executableArgs: z.array(z.string()).optional(),
  shuttleMode: ZShuttleMode.optional(),
  notification: ZRuleNotification.optional(),
});
export type TRuleAnswer = z.infer<typeof ZRuleAnswer>;

export const ZRule = ZRuleAnswer.extend({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  priority: z.number().int(),
  enabled: z.boolean(),
  match: ZRuleMatch,
});
export type TRule = z.infer<typeof ZRule>;

export { ZXivoEvent };

function isValidPattern(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}
