import {
  REPORT_NO_DISPOSITION,
  type TCallDirection,
  type TCallOutcome,
  type TPlatform,
  type TReportFigures,
} from '@screenpop/contracts';
import { Prisma } from '@screenpop/db';

/**
 * What each call contributes to the history reports, written once in SQL (for the rollup and for the days the
 * rollup does not cover) and once in TypeScript (for the call list and a call's page). Their definitions, in
 * words, are REPORT_FIGURES in @screenpop/contracts: change all three together.
 */

/** The filters both the rollup and the calls can be narrowed by. */
export interface FactFilters {
  source?: TPlatform;
  queue?: string;
  agent?: string;
  direction?: TCallDirection;
  /** A disposition code, or REPORT_NO_DISPOSITION. */
  disposition?: string;
}

/** The sums every figure is made of: one ReportCallDay row's columns, also summed over many. */
export interface FactSums {
  calls: number;
  offered: number;
  answered: number;
  abandoned: number;
  outbound: number;
  missed: number;
  waitMeasured: number;
  withinThreshold: number;
  answerWaitCount: number;
  answerWaitSum: number;
  maxWait: number | null;
  talkCount: number;
  talkSum: number;
  handleSum: number;
  wrapUpCount: number;
  wrapUpSum: number;
  formsShown: number;
  formsOpened: number;
  formsCompleted: number;
}

/** The rollup's dimensions, in its column order; the hourly rollup has an `hour` after `day`. */
export const DIMENSIONS = ['day', 'source', 'queueId', 'agentId', 'direction', 'disposition'] as const;

/** The rollup's grains: a table per local day, and one per hour. */
export type Grain = 'day' | 'hour';
export const ROLLUP_TABLES: Record<Grain, string> = { day: 'ReportCallDay', hour: 'ReportCallHour' };
/** The rollup's counts and sums, in its column order (maxWait is a maximum, every other one a sum). */
export const SUM_COLUMNS = [
  'calls',
  'offered',
  'answered',
  'abandoned',
  'outbound',
  'missed',
  'waitMeasured',
  'withinThreshold',
  'answerWaitCount',
  'answerWaitSum',
  'maxWait',
  'talkCount',
  'talkSum',
  'handleSum',
  'wrapUpCount',
  'wrapUpSum',
  'formsShown',
  'formsOpened',
  'formsCompleted',
] as const satisfies readonly (keyof FactSums)[];

const columnList = (names: readonly string[], table?: string) =>
  Prisma.raw(names.map((name) => (table ? `${table}."${name}"` : `"${name}"`)).join(', '));

// Per call (aliases c for Call, f for its FormSession), as SQL expressions.
const OFFERED = `c."direction" <> 'outbound'`;
const ANSWERED = `(${OFFERED} AND (c."source" = 'xivo' OR c."answeredAt" IS NOT NULL))`;
const ABANDONED = `(${OFFERED} AND c."source" <> 'xivo' AND c."answeredAt" IS NULL AND (c."state" = 'abandoned' OR c."endedAt" IS NOT NULL))`;
const ANSWER_TIMED = `(${OFFERED} AND c."source" <> 'xivo' AND c."answeredAt" IS NOT NULL)`;
const MEASURED = `(${ANSWER_TIMED} OR ${ABANDONED})`;
// Shuttle's holdtime is the whole wait (queue and ring); its ringing event only comes when an agent's phone rings.
// Without a holdtime, an answer or a hangup the wait is not known: NULL (GREATEST alone would make it 0).
const WAIT = `COALESCE(c."holdSeconds", CASE WHEN COALESCE(c."answeredAt", c."endedAt") IS NOT NULL
  THEN GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (COALESCE(c."answeredAt", c."endedAt") - c."ringingAt"))))::int END)`;
const TALKED = `(${ANSWER_TIMED} AND c."endedAt" IS NOT NULL)`;
const TALK = `COALESCE(c."talkSeconds", GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (c."endedAt" - c."answeredAt"))))::int)`;
const WRAPPED = `(${TALKED} AND f."status" = 'completed' AND f."wrapUpSeconds" IS NOT NULL)`;
const DISPOSITION = `CASE WHEN f."status" = 'completed' THEN f."disposition" END`;

/**
 * The calls that rang in [start, end) grouped by the rollup's dimensions, with its counts and sums: the
 * rollup's rows for those days (or hours), computed from the calls themselves. `day` is the local date in
 * `timeZone`.
 */
export function callDayRows(args: {
  tenantId: string;
  timeZone: string;
  serviceLevelSeconds: number;
  start: Date;
  end: Date;
  filters?: FactFilters;
  /** `hour`: an `hour` column after `day`, the UTC hour the call rang in (a timestamptz). */
  grain?: Grain;
}): Prisma.Sql {
  const { tenantId, timeZone, serviceLevelSeconds, start, end, filters = {}, grain = 'day' } = args;
  const sl = Prisma.sql`${serviceLevelSeconds}::int`;
  const hour =
    grain === 'hour'
      ? Prisma.sql`to_timestamp(floor(extract(epoch FROM c."ringingAt") / 3600) * 3600) AS "hour",`
      : Prisma.empty;
  return Prisma.sql`
    SELECT (c."ringingAt" AT TIME ZONE ${timeZone}::text)::date AS "day", ${hour} c."source", c."queueId", c."agentId",
           c."direction", ${Prisma.raw(DISPOSITION)} AS "disposition",
           count(*)::int AS "calls",
           (count(*) FILTER (WHERE ${Prisma.raw(OFFERED)}))::int AS "offered",
           (count(*) FILTER (WHERE ${Prisma.raw(ANSWERED)}))::int AS "answered",
           (count(*) FILTER (WHERE ${Prisma.raw(ABANDONED)}))::int AS "abandoned",
           (count(*) FILTER (WHERE c."direction" = 'outbound'))::int AS "outbound",
           (count(*) FILTER (WHERE ${Prisma.raw(ABANDONED)} AND c."agentId" IS NOT NULL))::int AS "missed",
           (count(*) FILTER (WHERE ${Prisma.raw(MEASURED)}))::int AS "waitMeasured",
           (count(*) FILTER (WHERE ${Prisma.raw(ANSWER_TIMED)} AND ${Prisma.raw(WAIT)} <= ${sl}))::int AS "withinThreshold",
           (count(*) FILTER (WHERE ${Prisma.raw(ANSWER_TIMED)}))::int AS "answerWaitCount",
           COALESCE(sum(${Prisma.raw(WAIT)}) FILTER (WHERE ${Prisma.raw(ANSWER_TIMED)}), 0)::bigint AS "answerWaitSum",
           (max(${Prisma.raw(WAIT)}) FILTER (WHERE ${Prisma.raw(MEASURED)}))::int AS "maxWait",
           (count(*) FILTER (WHERE ${Prisma.raw(TALKED)}))::int AS "talkCount",
           COALESCE(sum(${Prisma.raw(TALK)}) FILTER (WHERE ${Prisma.raw(TALKED)}), 0)::bigint AS "talkSum",
           COALESCE(sum(${Prisma.raw(TALK)} + CASE WHEN ${Prisma.raw(WRAPPED)} THEN f."wrapUpSeconds" ELSE 0 END)
                    FILTER (WHERE ${Prisma.raw(TALKED)}), 0)::bigint AS "handleSum",
           (count(*) FILTER (WHERE ${Prisma.raw(WRAPPED)}))::int AS "wrapUpCount",
           COALESCE(sum(f."wrapUpSeconds") FILTER (WHERE ${Prisma.raw(WRAPPED)}), 0)::bigint AS "wrapUpSum",
           count(f."id")::int AS "formsShown",
           (count(*) FILTER (WHERE f."openedAt" IS NOT NULL OR f."status" = 'completed'))::int AS "formsOpened",
           (count(*) FILTER (WHERE f."status" = 'completed'))::int AS "formsCompleted"
    FROM "Call" c
    LEFT JOIN "FormSession" f ON f."callId" = c."id"
    WHERE c."tenantId" = ${tenantId}::uuid AND c."ringingAt" >= ${start} AND c."ringingAt" < ${end}
      ${callFilters(filters)}
    GROUP BY ${Prisma.raw(grain === 'hour' ? '1, 2, 3, 4, 5, 6, 7' : '1, 2, 3, 4, 5, 6')}`;
}

/** The filters as conditions on a call (c) and its form (f). */
export function callFilters(filters: FactFilters): Prisma.Sql {
  return filterConditions(filters, {
    source: Prisma.raw('c."source"'),
    queueId: Prisma.raw('c."queueId"'),
    agentId: Prisma.raw('c."agentId"'),
    direction: Prisma.raw('c."direction"'),
    disposition: Prisma.raw(`(${DISPOSITION})`),
  });
}

/** The filters as conditions on ReportCallDay rows (alias r). */
export function rollupFilters(filters: FactFilters): Prisma.Sql {
  return filterConditions(filters, {
    source: Prisma.raw('r."source"'),
    queueId: Prisma.raw('r."queueId"'),
    agentId: Prisma.raw('r."agentId"'),
    direction: Prisma.raw('r."direction"'),
    disposition: Prisma.raw('r."disposition"'),
  });
}

function filterConditions(
  filters: FactFilters,
  column: Record<'source' | 'queueId' | 'agentId' | 'direction' | 'disposition', Prisma.Sql>,
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.source) conditions.push(Prisma.sql`AND ${column.source} = ${filters.source}::"Platform"`);
  if (filters.queue) conditions.push(Prisma.sql`AND ${column.queueId} = ${filters.queue}::uuid`);
  if (filters.agent) conditions.push(Prisma.sql`AND ${column.agentId} = ${filters.agent}::uuid`);
  if (filters.direction)
    conditions.push(Prisma.sql`AND ${column.direction} = ${filters.direction}::"CallDirection"`);
  if (filters.disposition === REPORT_NO_DISPOSITION)
    conditions.push(Prisma.sql`AND ${column.disposition} IS NULL`);
  else if (filters.disposition)
    conditions.push(Prisma.sql`AND ${column.disposition} = ${filters.disposition}::text`);
  return conditions.length ? Prisma.join(conditions, ' ') : Prisma.empty;
}

/** SELECT list summing rollup-shaped rows (alias r) into FactSums, every sum as a float8. */
export function summedColumns(): Prisma.Sql {
  return Prisma.raw(
    SUM_COLUMNS.map((name) =>
      name === 'maxWait'
        ? `max(r."maxWait")::int AS "maxWait"`
        : `COALESCE(sum(r."${name}"), 0)::float8 AS "${name}"`,
    ).join(',\n           '),
  );
}

/** A rollup table's columns (but its id and tenant), in callDayRows' order. */
export const rollupColumns = (grain: Grain) =>
  columnList(
    grain === 'hour'
      ? ['day', 'hour', ...DIMENSIONS.slice(1), ...SUM_COLUMNS]
      : [...DIMENSIONS, ...SUM_COLUMNS],
  );

const round1 = (value: number) => Math.round(value * 10) / 10;
const ratio = (part: number, whole: number) => (whole === 0 ? null : round1((part * 100) / whole));
const average = (sum: number, count: number) => (count === 0 ? null : round1(sum / count));

export const EMPTY_SUMS: FactSums = {
  calls: 0,
  offered: 0,
  answered: 0,
  abandoned: 0,
  outbound: 0,
  missed: 0,
  waitMeasured: 0,
  withinThreshold: 0,
  answerWaitCount: 0,
  answerWaitSum: 0,
  maxWait: null,
  talkCount: 0,
  talkSum: 0,
  handleSum: 0,
  wrapUpCount: 0,
  wrapUpSum: 0,
  formsShown: 0,
  formsOpened: 0,
  formsCompleted: 0,
};

/** Two sets of sums as one (the maximum of their longest waits). */
export function addSums(a: FactSums, b: FactSums): FactSums {
  const sum = { ...a };
  for (const column of SUM_COLUMNS) {
    if (column === 'maxWait') {
      sum.maxWait =
        a.maxWait === null ? b.maxWait : b.maxWait === null ? a.maxWait : Math.max(a.maxWait, b.maxWait);
    } else {
      sum[column] = a[column] + b[column];
    }
  }
  return sum;
}

/** The figures from their sums: averages and shares to one decimal, null when there is nothing to average. */
export function figuresOf(sums: FactSums): TReportFigures {
  return {
    calls: sums.calls,
    offered: sums.offered,
    answered: sums.answered,
    abandoned: sums.abandoned,
    outbound: sums.outbound,
    abandonRate: ratio(sums.abandoned, sums.offered),
    asaSeconds: average(sums.answerWaitSum, sums.answerWaitCount),
    ahtSeconds: average(sums.handleSum, sums.talkCount),
    avgTalkSeconds: average(sums.talkSum, sums.talkCount),
    avgWrapUpSeconds: average(sums.wrapUpSum, sums.wrapUpCount),
    serviceLevel: ratio(sums.withinThreshold, sums.waitMeasured),
    longestWaitSeconds: sums.maxWait,
    formsShown: sums.formsShown,
    formsOpened: sums.formsOpened,
    formsCompleted: sums.formsCompleted,
    formCompletionRate: ratio(sums.formsCompleted, sums.formsOpened),
  };
}

/** One call as the call list reads it. */
export interface CallFactRow {
  source: TPlatform;
  direction: TCallDirection;
  state: 'ringing' | 'answered' | 'ended' | 'abandoned';
  ringingAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  holdSeconds: number | null;
  talkSeconds: number | null;
  formStatus: 'pending' | 'opened' | 'completed' | null;
  wrapUpSeconds: number | null;
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));

/** How a call went, its wait, talk and wrap-up, by the same definitions as the SQL above. */
export function callFacts(call: CallFactRow): {
  outcome: TCallOutcome;
  waitSeconds: number | null;
  talkSeconds: number | null;
  wrapUpSeconds: number | null;
} {
  const offered = call.direction !== 'outbound';
  const timed = call.source !== 'xivo';
  const abandoned =
    offered && timed && call.answeredAt === null && (call.state === 'abandoned' || call.endedAt !== null);
  const answered = offered && (!timed || call.answeredAt !== null);
  const outcome: TCallOutcome = !offered
    ? 'outbound'
    : answered
      ? 'answered'
      : abandoned
        ? 'abandoned'
        : 'unresolved';
  const waitEnd = call.answeredAt ?? call.endedAt;
  const waitSeconds =
    offered && timed && (answered || abandoned)
      ? (call.holdSeconds ?? (waitEnd ? seconds(call.ringingAt, waitEnd) : null))
      : null;
  const talked = offered && timed && call.answeredAt !== null && call.endedAt !== null;
  const talkSeconds = talked ? (call.talkSeconds ?? seconds(call.answeredAt!, call.endedAt!)) : null;
  const wrapUpSeconds =
    talked && call.formStatus === 'completed' && call.wrapUpSeconds !== null ? call.wrapUpSeconds : null;
  return { outcome, waitSeconds, talkSeconds, wrapUpSeconds };
}
