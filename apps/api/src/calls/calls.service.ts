import { Inject, Injectable } from '@nestjs/common';
import type { TPreviousCall } from '@screenpop/contracts';
import type { Database } from '@screenpop/db';
import { DATABASE } from '../common/database.module.js';

const PREVIOUS_CALLS_LIMIT = 10;

@Injectable()
export class CallsService {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** The caller's calls before this one, newest first, with the outcome their forms recorded. */
  async previousCalls(
    tenantId: string,
    current: { id: string; callerNormalized: string | null; ringingAt: Date },
  ): Promise<TPreviousCall[]> {
    if (!current.callerNormalized) return [];
    const calls = await this.database.prisma.call.findMany({
      where: {
        tenantId,
        callerNormalized: current.callerNormalized,
        id: { not: current.id },
        ringingAt: { lte: current.ringingAt },
      },
      orderBy: { ringingAt: 'desc' },
      take: PREVIOUS_CALLS_LIMIT,
      include: {
        agent: { select: { externalId: true, fullName: true } },
        queue: { select: { name: true, displayName: true } },
        formSession: { select: { disposition: true, data: true } },
      },
    });
    return calls.map((call) => {
      const data = call.formSession?.data;
      const notes = data && typeof data === 'object' && !Array.isArray(data) ? data['notes'] : null;
      return {
        id: call.id,
        source: call.source,
        caller: call.caller,
        callee: call.callee,
        queueName: call.queue ? (call.queue.displayName ?? call.queue.name) : null,
        agentName: call.agent ? (call.agent.fullName ?? call.agent.externalId) : null,
        state: call.state,
        ringingAt: call.ringingAt.toISOString(),
        disposition: call.formSession?.disposition ?? null,
        notes: typeof notes === 'string' && notes !== '' ? notes : null,
      };
    });
  }
}
