import { Inject, Injectable } from '@nestjs/common';
import {
  REPORT_HOURLY_MAX_DAYS,
  type TAgentReport,
  type TAgentReportQuery,
  type TAgentReportRow,
  type TQueueReport,
  type TQueueReportQuery,
  type TQueueReportRow,
  type TReportCall,
  type TReportCallPage,
  type TReportDisposition,
  type TReportFilters,
  type TReportInterval,
  type TReportOptions,
  type TReportSeries,
  type TReportSummary,
} from '@screenpop/contracts';
import { type Database, Prisma } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../../app/config.js';
import { DATABASE } from '../../common/database.module.js';
import { storedShape } from '../../forms/form-data.js';
import { RequestValidationException } from '../../common/request-validation.exception.js';
import { addDays, localDayOf } from '../local-day.js';
import {
  callDayRows,
  type CallFactRow,
  callFacts,
  callFilters,
  addSums,
  EMPTY_SUMS,
  type FactFilters,
  type FactSums,
  figuresOf,
  type Grain,
  ROLLUP_TABLES,
  rollupColumns,
  rollupFilters,
  summedColumns,
} from './call-facts.js';
import { periodView, type ResolvedPeriod, resolvePeriod } from './report-period.js';
import { ReportRollup } from './report-rollup.service.js';
import { agentDisplayName } from '../../agents/agent-name.js';

/** What the rows are grouped by: nothing (the whole period), a day or hour, an agent, a queue, a disposition. */
type Grouping = 'none' | 'day' | 'hour' | 'agentId' | 'queueId' | 'disposition';
type GroupedSums = FactSums & { key: string | null };

/** A report's tenant, period and filters, resolved once per request. */
export interface ReportScope {
  tenantId: string;
  period: ResolvedPeriod;
  filters: FactFilters;
}

/** One row of CALL_LIST_SELECT: a call's facts, its names and its form's outcome. */
export interface CallListRow extends CallFactRow {
  id: string;
  externalCallId: string;
  caller: string;
  callerName: string | null;
  callee: string;
  queueName: string | null;
  agentId: string | null;
  agentName: string | null;
  disposition: string | null;
}

/** The history reports: figures from the rollup for settled days and from the calls for the others. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rollup: ReportRollup,
  ) {}

  scope(tenantId: string, filters: TReportFilters, now = new Date()): ReportScope {
    const { source, queue, agent, direction, disposition } = filters;
    return {
      tenantId,
      period: resolvePeriod(filters, this.config.reports.timeZone, now),
      filters: { source, queue, agent, direction, disposition },
    };
  }

  async summary(scope: ReportScope): Promise<TReportSummary> {
    // One pass over the rows, by disposition; the totals are their sum.
    const [byDisposition, labels] = await Promise.all([
      this.sums(scope, 'disposition'),
      this.dispositionLabels(scope.tenantId),
    ]);
    const total = byDisposition.reduce(addSums, EMPTY_SUMS);
    const completed = byDisposition.reduce((sum, row) => sum + row.formsCompleted, 0);
    const dispositions: TReportDisposition[] = byDisposition
      .filter((row) => row.formsCompleted > 0)
      .map((row) => ({
        code: row.key,
        label: row.key === null ? null : (labels.get(row.key) ?? null),
        count: row.formsCompleted,
        share: Math.round((row.formsCompleted * 1000) / completed) / 10,
      }))
      .sort((a, b) => b.count - a.count || (a.code ?? '').localeCompare(b.code ?? ''));
    return {
      period: periodView(scope.period),
      serviceLevelSeconds: this.config.reports.serviceLevelSeconds,
      figures: figuresOf(total),
      dispositions,
    };
  }

  async series(scope: ReportScope, requested: TReportInterval | undefined): Promise<TReportSeries> {
    const { period } = scope;
    const interval = requested ?? (period.days <= 2 ? 'hour' : 'day');
    if (interval === 'hour' && period.days > REPORT_HOURLY_MAX_DAYS) {
      throw new RequestValidationException([
        {
          path: 'interval',
          message: `Hourly figures cover at most ${REPORT_HOURLY_MAX_DAYS} days: choose day`,
        },
      ]);
    }
    const rows = new Map((await this.sums(scope, interval)).map((row) => [row.key, row]));
    const buckets: { key: string; startsAt: Date; label: string }[] = [];
    if (interval === 'day') {
      for (let date = period.from; date <= period.to; date = addDays(date, 1)) {
        buckets.push({ key: date, startsAt: localDayOf(date, period.timeZone).from, label: date });
      }
    } else {
      const label = new Intl.DateTimeFormat('sv-SE', {
        timeZone: period.timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      // UTC hours: whole-hour time zones' local hours; the label says which local hour each one is.
      const first = Math.floor(period.start.getTime() / 3_600_000) * 3_600_000;
      for (let at = first; at < period.end.getTime(); at += 3_600_000) {
        const startsAt = new Date(at);
        buckets.push({ key: startsAt.toISOString(), startsAt, label: label.format(startsAt) });
      }
    }
    return {
      period: periodView(period),
      interval,
      points: buckets.map(({ key, startsAt, label }) => {
        const figures = figuresOf(rows.get(key) ?? EMPTY_SUMS);
        return {
          startsAt: startsAt.toISOString(),
          label,
          offered: figures.offered,
          answered: figures.answered,
          abandoned: figures.abandoned,
          outbound: figures.outbound,
          ahtSeconds: figures.ahtSeconds,
          asaSeconds: figures.asaSeconds,
          serviceLevel: figures.serviceLevel,
        };
      }),
    };
  }

  async agents(scope: ReportScope, { sort, order }: TAgentReportQuery): Promise<TAgentReport> {
    const rows = (await this.sums(scope, 'agentId')).filter((row) => row.key !== null);
    const agents = await this.database.prisma.agent.findMany({
      where: { tenantId: scope.tenantId, id: { in: rows.map((row) => row.key!) } },
      select: { id: true, source: true, externalId: true, login: true, fullName: true },
    });
    const byId = new Map(agents.map((agent) => [agent.id, agent]));
    const report: TAgentReportRow[] = rows.flatMap((row) => {
      const agent = byId.get(row.key!);
      if (!agent) return [];
      const figures = figuresOf(row);
      return [
        {
          agentId: agent.id,
          source: agent.source,
          name: agentDisplayName(agent),
          externalId: agent.externalId,
          answered: figures.answered,
          missed: row.missed,
          avgTalkSeconds: figures.avgTalkSeconds,
          avgWrapUpSeconds: figures.avgWrapUpSeconds,
          ahtSeconds: figures.ahtSeconds,
          formsOpened: figures.formsOpened,
          formsCompleted: figures.formsCompleted,
        },
      ];
    });
    return { period: periodView(scope.period), rows: sortRows(report, sort, order, (row) => row.name) };
  }

  async queues(scope: ReportScope, { sort, order }: TQueueReportQuery): Promise<TQueueReport> {
    const rows = await this.sums(scope, 'queueId');
    const queues = await this.database.prisma.queue.findMany({
      where: { tenantId: scope.tenantId, id: { in: rows.flatMap((row) => (row.key ? [row.key] : [])) } },
      select: { id: true, source: true, name: true, displayName: true },
    });
    const byId = new Map(queues.map((queue) => [queue.id, queue]));
    const report: TQueueReportRow[] = rows.map((row) => {
      const queue = row.key ? byId.get(row.key) : undefined;
      const figures = figuresOf(row);
      return {
        queueId: queue?.id ?? null,
        source: queue?.source ?? null,
        name: queue ? (queue.displayName ?? queue.name) : null,
        offered: figures.offered,
        answered: figures.answered,
        abandoned: figures.abandoned,
        abandonRate: figures.abandonRate,
        asaSeconds: figures.asaSeconds,
        serviceLevel: figures.serviceLevel,
        ahtSeconds: figures.ahtSeconds,
        longestWaitSeconds: figures.longestWaitSeconds,
      };
    });
    // Direct calls (no queue) come last whatever the order.
    const queued = report.filter((row) => row.queueId !== null);
    return {
      period: periodView(scope.period),
      rows: [
        ...sortRows(queued, sort, order, (row) => row.name ?? ''),
        ...report.filter((row) => row.queueId === null),
      ],
    };
  }

  async calls(scope: ReportScope, page: number, pageSize: number): Promise<TReportCallPage> {
    const [rows, [total], labels] = await Promise.all([
      this.callRows(scope, { limit: pageSize, offset: (page - 1) * pageSize }),
      this.sums(scope, 'none'),
      this.dispositionLabels(scope.tenantId),
    ]);
    return {
      period: periodView(scope.period),
      items: rows.map((row) => toReportCall(row, labels)),
      total: total?.calls ?? 0,
      page,
      pageSize,
    };
  }

  /**
   * The period's calls, newest first: a page of them (`offset`), or the ones after `after` (keyset, for
   * streaming every call in chunks without holding them all).
   */
  callRows(
    { tenantId, period, filters }: ReportScope,
    window: { limit: number; offset?: number; after?: { ringingAt: Date; id: string } },
  ): Promise<CallListRow[]> {
    const after = window.after
      ? Prisma.sql`AND (c."ringingAt", c."id") < (${window.after.ringingAt}, ${window.after.id}::uuid)`
      : Prisma.empty;
    return this.database.prisma.$queryRaw<CallListRow[]>`
      ${CALL_LIST_SELECT}
      WHERE c."tenantId" = ${tenantId}::uuid AND c."ringingAt" >= ${period.start} AND c."ringingAt" < ${period.end}
        ${callFilters(filters)} ${after}
      ORDER BY c."ringingAt" DESC, c."id" DESC
      LIMIT ${window.limit} OFFSET ${window.offset ?? 0}`;
  }

  /** What the filters offer: the tenant's queues, agents and template dispositions. */
  async options(tenantId: string): Promise<TReportOptions> {
    const prisma = this.database.prisma;
    const [queues, agents, labels] = await Promise.all([
      prisma.queue.findMany({
        where: { tenantId },
        select: { id: true, source: true, name: true, displayName: true },
        orderBy: [{ source: 'asc' }, { name: 'asc' }],
      }),
      prisma.agent.findMany({
        where: { tenantId },
        select: { id: true, source: true, externalId: true, login: true, fullName: true },
        orderBy: [{ fullName: 'asc' }, { externalId: 'asc' }],
      }),
      this.dispositionLabels(tenantId),
    ]);
    return {
      queues: queues.map((queue) => ({
        id: queue.id,
        source: queue.source,
        name: queue.displayName ?? queue.name,
      })),
      agents: agents.map((agent) => ({
        id: agent.id,
        source: agent.source,
        name: agentDisplayName(agent),
        externalId: agent.externalId,
      })),
      dispositions: [...labels].map(([code, label]) => ({ code, label })),
    };
  }

  /** A tenant's template dispositions, code → label (the first template's label when several define a code). */
  async dispositionLabels(tenantId: string): Promise<Map<string, string>> {
    const templates = await this.database.prisma.formTemplate.findMany({
      where: { tenantId },
      select: { fields: true, dispositions: true },
      orderBy: { createdAt: 'asc' },
    });
    const labels = new Map<string, string>();
    for (const template of templates) {
      // A template written by hand with invalid parts reads as having no dispositions here.
      for (const { code, label } of storedShape(template, () => {}).dispositions) {
        if (!labels.has(code)) labels.set(code, label);
      }
    }
    return labels;
  }

  /**
   * The sums over the period's calls grouped as asked: rollup rows for the days it covers, the calls' own rows
   * (same columns) for the others, all summed together.
   */
  async sums(scope: ReportScope, grouping: Grouping): Promise<GroupedSums[]> {
    const { tenantId, period, filters } = scope;
    const { timeZone, serviceLevelSeconds } = this.config.reports;
    const grain: Grain = grouping === 'hour' ? 'hour' : 'day';
    const raw = (fromDate: string, toDate: string) =>
      callDayRows({
        tenantId,
        timeZone,
        serviceLevelSeconds,
        start: localDayOf(fromDate, timeZone).from,
        end: localDayOf(toDate, timeZone).from,
        filters,
        grain,
      });
    const end = addDays(period.to, 1);
    const coverage = await this.rollup.coverage(tenantId);
    const rolledFrom = coverage && coverage.from > period.from ? coverage.from : period.from;
    const rolledTo = coverage && coverage.to < end ? coverage.to : end;
    const parts: Prisma.Sql[] = [];
    if (coverage && rolledFrom < rolledTo) {
      if (period.from < rolledFrom) parts.push(raw(period.from, rolledFrom));
      parts.push(Prisma.sql`
        SELECT ${rollupColumns(grain)} FROM ${Prisma.raw(`"${ROLLUP_TABLES[grain]}"`)} r
        WHERE r."tenantId" = ${tenantId}::uuid AND r."day" >= ${rolledFrom}::date AND r."day" < ${rolledTo}::date
          ${rollupFilters(filters)}`);
      if (rolledTo < end) parts.push(raw(rolledTo, end));
    } else {
      parts.push(raw(period.from, end));
    }
    const key = {
      none: Prisma.sql`NULL::text`,
      day: Prisma.sql`r."day"::text`,
      hour: Prisma.sql`to_char(r."hour" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:00:00.000"Z"')`,
      agentId: Prisma.sql`r."agentId"::text`,
      queueId: Prisma.sql`r."queueId"::text`,
      disposition: Prisma.sql`r."disposition"`,
    }[grouping];
    const rows = await this.database.prisma.$queryRaw<GroupedSums[]>`
      SELECT ${key} AS "key", ${summedColumns()}
      FROM (${Prisma.join(parts, ' UNION ALL ')}) AS r
      GROUP BY 1`;
    // Without a GROUP BY key, an empty period still answers one row of zeros.
    return grouping === 'none' && rows.length === 0 ? [{ ...EMPTY_SUMS, key: null }] : rows;
  }
}

export const CALL_LIST_SELECT = Prisma.sql`
  SELECT c."id"::text AS "id", c."source"::text AS "source", c."externalCallId", c."direction"::text AS "direction",
         c."state"::text AS "state", c."ringingAt", c."answeredAt", c."endedAt", c."holdSeconds", c."caller", c."callerName", c."callee",
         c."talkSeconds", COALESCE(q."displayName", q."name") AS "queueName", c."agentId"::text AS "agentId",
         COALESCE(a."fullName", a."login", a."externalId") AS "agentName",
         f."status"::text AS "formStatus", CASE WHEN f."status" = 'completed' THEN f."disposition" END AS "disposition",
         f."wrapUpSeconds"
  FROM "Call" c
  LEFT JOIN "FormSession" f ON f."callId" = c."id"
  LEFT JOIN "Queue" q ON q."id" = c."queueId"
  LEFT JOIN "Agent" a ON a."id" = c."agentId"`;

export function toReportCall(row: CallListRow, labels: ReadonlyMap<string, string>): TReportCall {
  const facts = callFacts(row);
  return {
    id: row.id,
    source: row.source,
    externalCallId: row.externalCallId,
    direction: row.direction,
    outcome: facts.outcome,
    ringingAt: row.ringingAt.toISOString(),
    caller: row.caller,
    callerName: row.callerName,
    callee: row.callee,
    queueName: row.queueName,
    agentId: row.agentId,
    agentName: row.agentName,
    waitSeconds: facts.waitSeconds,
    talkSeconds: facts.talkSeconds,
    wrapUpSeconds: facts.wrapUpSeconds,
    formStatus: row.formStatus,
    disposition: row.disposition,
    dispositionLabel: row.disposition === null ? null : (labels.get(row.disposition) ?? null),
  };
}

/** Rows sorted by a column, nulls last; ties by name. */
function sortRows<Row>(
  rows: Row[],
  column: keyof Row,
  order: 'asc' | 'desc',
  name: (row: Row) => string,
): Row[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a[column], b[column]];
    if (x === y) return name(a).localeCompare(name(b));
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    const compared = typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return compared * sign || name(a).localeCompare(name(b));
  });
}
