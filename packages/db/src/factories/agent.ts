import type { Agent, Prisma } from '../generated/prisma/client.js';
import { nextSequence } from './sequence.js';

export type AgentOverrides = Partial<Omit<Prisma.AgentUncheckedCreateInput, 'tenantId'>>;

export function createAgent(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: AgentOverrides = {},
): Promise<Agent> {
  const n = nextSequence();
  return prisma.agent.create({
    data: {
      tenantId,
      source: 'xivo',
      externalId: String(1_000 + n),
      login: `agent${n}`,
      firstName: 'Agent',
      lastName: String(n),
      fullName: `Agent ${n}`,
      ...overrides,
    },
  });
}
