import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type {
  TAgentHistory,
  TAgentHistoryQuery,
  TReportCallDetail,
  TTimelineEntry,
} from '@screenpop/contracts';
import { type Database, Prisma } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../../app/config.js';
import { DATABASE } from '../../common/database.module.js';
import { isUuid } from '../../common/rows.js';
import { storedShape } from '../../forms/form-data.js';
import { addDays, localDay, localDayOf } from '../local-day.js';
import { CALL_LIST_SELECT, type CallListRow, ReportsService, toReportCall } from './reports.service.js';
import { agentDisplayName } from '../../agents/agent-name.js';

const AGENT_SELECT = { id: true, source: true, externalId: true, login: true, fullName: true } as const;

/** One call's whole story, and an agent's recent calls. */
@Injectable()
export class CallHistoryService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reports: ReportsService,
  ) {}

  async call(tenantId: string, id: string): Promise<TReportCallDetail> {
    const notFound = () => new NotFoundException(`No call ${id}`);
    if (!isUuid(id)) throw notFound();
    const call = await this.database.prisma.call.findFirst({
      where: { id, tenantId },
      include: {
        queue: { select: { name: true, displayName: true } },
        agent: { select: AGENT_SELECT },
        events: { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] },
        formSession: { include: { template: { select: { name: true, fields: true, dispositions: true } } } },
      },
    });
    if (!call) throw notFound();
    const form = call.formSession;
    const row: CallListRow = {
      id: call.id,
      source: call.source,
      externalCallId: call.externalCallId,
      direction: call.direction,
      state: call.state,
      ringingAt: call.ringingAt,
      answeredAt: call.answeredAt,
      endedAt: call.endedAt,
      holdSeconds: call.holdSeconds,
      caller: call.caller,
      callerName: call.callerName,
      callee: call.callee,
      talkSeconds: call.talkSeconds,
      queueName: call.queue ? (call.queue.displayName ?? call.queue.name) : null,
      agentId: call.agentId,
      agentName: call.agent ? agentDisplayName(call.agent) : null,
      formStatus: form?.status ?? null,
      disposition: form?.status === 'completed' ? form.disposition : null,
      wrapUpSeconds: form?.wrapUpSeconds ?? null,
    };
    const labels = await this.reports.dispositionLabels(tenantId);
    const fields = form?.template
      ? storedShape(form.template, () => {}).fields.map(({ name, label }) => ({ name, label }))
      : [];

    const timeline: TTimelineEntry[] = call.events.map((event) => ({
      at: event.occurredAt.toISOString(),
      kind: 'event',
      type: event.type,
      payload: event.payload,
      detail: eventDetail(event.type, event.payload),
    }));
    if (form) {
      const step = (at: Date | null, type: string, detail: string | null = null) => {
        if (at) timeline.push({ at: at.toISOString(), kind: 'form', type, detail });
      };
      step(form.createdAt, 'shown', form.title);
      step(form.openedAt, 'opened');
      step(
        form.completedAt,
        'completed',
        form.disposition ? (labels.get(form.disposition) ?? form.disposition) : null,
      );
      if (form.autopause) {
        // The platform pauses a XiVO agent from when the form opens, a Shuttle agent from the hangup (wrap-up).
        const pausedFrom = call.source === 'xivo' ? form.openedAt : call.endedAt;
        if (pausedFrom) {
          timeline.push({
            at: pausedFrom.toISOString(),
            kind: 'autopause',
            type: 'started',
            detail: form.autopauseReason,
          });
          if (form.completedAt) {
            timeline.push({
              at: form.completedAt.toISOString(),
              kind: 'autopause',
              type: 'ended',
              detail: null,
            });
          }
        }
      }
    }
    const order = { event: 0, form: 1, autopause: 2 } as const;
    timeline.sort((a, b) => a.at.localeCompare(b.at) || order[a.kind] - order[b.kind]);

    return {
      call: {
        ...toReportCall(row, labels),
        state: call.state,
        answeredAt: call.answeredAt?.toISOString() ?? null,
        endedAt: call.endedAt?.toISOString() ?? null,
        hangupReason: call.hangupReason,
        queueId: call.queueId,
        userData: call.userData ?? null,
      },
      form: form
        ? {
            id: form.id,
            title: form.title,
            templateName: form.template?.name ?? null,
            fields,
            status: form.status,
            data: (form.data ?? {}) as Record<string, unknown>,
            disposition: form.disposition,
            dispositionLabel: form.disposition ? (labels.get(form.disposition) ?? null) : null,
            openedAt: form.openedAt?.toISOString() ?? null,
            completedAt: form.completedAt?.toISOString() ?? null,
            wrapUpSeconds: form.wrapUpSeconds,
            autopause: form.autopause,
            autopauseReason: form.autopauseReason,
          }
        : null,
      timeline,
    };
  }

  /** A platform agent's calls of the last `days` local days (today included). */
  async agentHistory(
    tenantId: string,
    agentId: string,
    query: TAgentHistoryQuery,
    now = new Date(),
  ): Promise<TAgentHistory> {
    const agent = isUuid(agentId)
      ? await this.database.prisma.agent.findFirst({ where: { id: agentId, tenantId }, select: AGENT_SELECT })
      : null;
    if (!agent) throw new NotFoundException(`No agent ${agentId}`);
    return this.history(tenantId, [agent], query, now);
  }

  /**
   * A user's own calls: those of the platform agents their identities name (XiVO login or agent id, Shuttle
   * agent number, Vodia extension), as xuc's getAgentCallHistory(days) answers an agent.
   */
  async userHistory(
    tenantId: string,
    userId: string,
    query: TAgentHistoryQuery,
    now = new Date(),
  ): Promise<TAgentHistory> {
    const identities = await this.database.prisma.userIdentity.findMany({
      where: { tenantId, userId },
      select: { platform: true, externalId: true },
    });
    const agents = identities.length
      ? await this.database.prisma.agent.findMany({
          where: {
            tenantId,
            OR: identities.map(({ platform, externalId }) => ({
              source: platform,
              OR: [{ externalId }, { login: externalId }],
            })),
          },
          select: AGENT_SELECT,
          orderBy: { createdAt: 'asc' },
        })
      : [];
    return this.history(tenantId, agents, query, now);
  }

  private async history(
    tenantId: string,
    agents: {
      id: string;
      source: TAgentHistory['agents'][number]['source'];
      externalId: string;
      login: string | null;
      fullName: string | null;
    }[],
    { days, page, pageSize }: TAgentHistoryQuery,
    now: Date,
  ): Promise<TAgentHistory> {
    const { timeZone } = this.config.reports;
    const since = localDayOf(addDays(localDay(now, timeZone).date, -(days - 1)), timeZone).from;
    const ids = agents.map((agent) => agent.id);
    const labels = await this.reports.dispositionLabels(tenantId);
    const [rows, total] = ids.length ? await this.agentsCalls(tenantId, ids, since, page, pageSize) : [[], 0];
    return {
      agents: agents.map((agent) => ({
        id: agent.id,
        source: agent.source,
        name: agentDisplayName(agent),
        externalId: agent.externalId,
      })),
      days,
      since: since.toISOString(),
      items: rows.map((row) => toReportCall(row, labels)),
      total,
      page,
      pageSize,
    };
  }

  /** A page of the agents' calls since `since`, newest first, and how many there are (Call @@index([agentId, ringingAt])). */
  private async agentsCalls(
    tenantId: string,
    ids: readonly string[],
    since: Date,
    page: number,
    pageSize: number,
  ): Promise<[CallListRow[], number]> {
    const where = Prisma.sql`
      WHERE c."tenantId" = ${tenantId}::uuid AND c."agentId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
        AND c."ringingAt" >= ${since}`;
    const [rows, [counted]] = await Promise.all([
      this.database.prisma.$queryRaw<CallListRow[]>`
        ${CALL_LIST_SELECT} ${where}
        ORDER BY c."ringingAt" DESC, c."id" DESC
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      this.database.prisma.$queryRaw<
        { total: number }[]
      >`SELECT count(*)::int AS "total" FROM "Call" c ${where}`,
    ]);
    return [rows, counted?.total ?? 0];
  }
}

/** A short reading of an intake event: Shuttle's hangup reason and timings, XiVO's event. */
function eventDetail(type: string, payload: Prisma.JsonValue): string | null {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const field = (...path: string[]) => {
    let value: unknown = payload;
    for (const name of path)
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : null;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  };
  const parts: string[] = [];
  const add = (label: string, value: string | null) => {
    if (value !== null && value !== '') parts.push(`${label}: ${value}`);
  };
  if (type === 'thirdparty') {
    add('agent', field('user', 'fullName') ?? field('user', 'agentId'));
    add('queue', field('queue', 'displayName') ?? field('queue', 'name'));
  } else {
    add('agent', field('agentname') ?? field('agentnum'));
    add('queue', field('queue'));
    add('reason', field('reason'));
    add('hold', field('holdtime'));
    add('talk', field('talktime'));
  }
  return parts.length ? parts.join(', ') : null;
}
