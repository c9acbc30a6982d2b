import { z } from 'zod';

/** The rule condition (or `enabled`) that kept a rule from matching. */
export const ZRuleTraceCondition = z.enum([
  'enabled',
  'sources',
  'events',
  'queues',
  'caller',
  'callee',
  'direction',
  'userData',
  'agents',
  'timeWindow',
]);
export type TRuleTraceCondition = z.infer<typeof ZRuleTraceCondition>;

export const ZRuleTraceReason = z.object({
  condition: ZRuleTraceCondition,
  message: z.string(),
});
export type TRuleTraceReason = z.infer<typeof ZRuleTraceReason>;

/**
 * One rule as the evaluation saw it, in priority order: the rules before the matching one
 * say why they did not match; the last one is the match (when there is one).
 */
export const ZRuleTraceEntry = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  priority: z.number().int(),
  matched: z.boolean(),
  reasons: z.array(ZRuleTraceReason),
});
export type TRuleTraceEntry = z.infer<typeof ZRuleTraceEntry>;
