import type { Prisma, Queue } from '../generated/prisma/client.js';
import { nextSequence } from './sequence.js';

export type QueueOverrides = Partial<Omit<Prisma.QueueUncheckedCreateInput, 'tenantId'>>;

export function createQueue(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: QueueOverrides = {},
): Promise<Queue> {
  const n = nextSequence();
  return prisma.queue.create({
    data: {
      tenantId,
      source: 'xivo',
      externalId: String(n),
      name: `queue${n}`,
      displayName: `Queue ${n}`,
      number: String(3_000 + n),
      ...overrides,
    },
  });
}
