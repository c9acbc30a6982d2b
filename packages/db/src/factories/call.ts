import type { Call, Prisma } from '../generated/prisma/client.js';
import { normalisePhone } from '../phone.js';
import { nextSequence, uniqueDigits } from './sequence.js';

export type CallOverrides = Partial<Omit<Prisma.CallUncheckedCreateInput, 'tenantId'>>;

/** An inbound XiVO call, ringing; callerNormalized follows the caller unless given. */
export function createCall(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: CallOverrides = {},
): Promise<Call> {
  const n = nextSequence();
  const caller = overrides.caller ?? `01 ${uniqueDigits()}`;
  return prisma.call.create({
    data: {
      tenantId,
      source: 'xivo',
      externalCallId: `${Math.floor(Date.now() / 1000)}.${n}`,
      caller,
      callerNormalized: normalisePhone(caller),
      callee: '3001',
      direction: 'inbound',
      ...overrides,
    },
  });
}
