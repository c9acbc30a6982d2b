import type { Prisma, Rule } from '../generated/prisma/client.js';
import { nextSequence } from './sequence.js';

export type RuleOverrides = Partial<Omit<Prisma.RuleUncheckedCreateInput, 'tenantId'>>;

// Above the demo rules' priorities, so rules made in tests come after them.
const FIRST_PRIORITY = 1_000;

/** Defaults to a catch-all rule opening a CRM page, with a unique, increasing priority. */
export function createRule(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: RuleOverrides = {},
): Promise<Rule> {
  const n = nextSequence();
  const action = overrides.action ?? 'open';
  const hasTarget = overrides.formTemplateId != null || overrides.urlTemplate != null;
  const opensPage = action === 'open' || action === 'popup';
  return prisma.rule.create({
    data: {
      tenantId,
      name: `Rule ${n}`,
      priority: FIRST_PRIORITY + n,
      match: {},
      action,
      ...(opensPage && !hasTarget ? { urlTemplate: 'https://crm.example.com/calls?caller={{caller}}' } : {}),
      ...overrides,
    },
  });
}
