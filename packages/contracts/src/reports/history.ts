// History reports: their filters, figures, tables, call list and call timeline, and every figure's definition.
import { z } from 'zod';
import { ZPage } from '../admin/paging.js';
import { ZCallDirection, ZCallState, ZPlatform } from '../common/platform.js';
import { ZTenantQuery } from '../common/tenant-query.js';

export const REPORT_PERIOD_PRESETS = [
  'today',
  'yesterday',
  'thisWeek',
  'lastWeek',
  'last7Days',
  'thisMonth',
  'lastMonth',
  'last30Days',
  'last90Days',
  'custom',
] as const;
export const ZReportPeriodPreset = z.enum(REPORT_PERIOD_PRESETS);
export type TReportPeriodPreset = z.infer<typeof ZReportPeriodPreset>;

/** The longest period a report covers, in days. */
export const REPORT_MAX_DAYS = 400;
/** Hourly series are for short periods: at most this many days. */
export const REPORT_HOURLY_MAX_DAYS = 7;
/** An agent's own call history covers at most this many days (xuc's getAgentCallHistory takes a count of days). */
export const AGENT_HISTORY_MAX_DAYS = 90;

const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD');
const ZUuid = z.uuid({ error: 'Expected an id (UUID)' });
const optionalText = z.string().trim().min(1).max(200).optional();

/**
 * The filters every report takes, as query parameters. The period is local calendar days in the reports'
 * time zone (REPORTS_TIME_ZONE): a preset, or `custom` with `from` and `to` (both included).
 */
export const ZReportFilters = z
  .object({
    period: ZReportPeriodPreset.default('today'),
    from: ZLocalDate.optional(),
    to: ZLocalDate.optional(),
    /** Tenant slug, for a supervisor token; a signed-in user always sees their own tenant. */
    tenant: ZTenantQuery.shape.tenant,
    source: ZPlatform.optional(),
    queue: ZUuid.optional(),
    agent: ZUuid.optional(),
    /** A disposition code, or `none` for calls without a completed form's disposition. */
    disposition: optionalText,
    direction: ZCallDirection.optional(),
  })
  .superRefine((filters, ctx) => {
    if (filters.period !== 'custom') return;
    if (!filters.from)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'Required for a custom period' });
    if (!filters.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Required for a custom period' });
  });
export type TReportFilters = z.infer<typeof ZReportFilters>;

/** The special `disposition` filter value for calls without one. */
export const REPORT_NO_DISPOSITION = 'none';

export const ZReportPeriod = z.object({
  preset: ZReportPeriodPreset,
  /** First and last local dates, both included. */
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  /** The instants the period starts at and ends before. */
  startsAt: z.string(),
  endsBefore: z.string(),
});
export type TReportPeriod = z.infer<typeof ZReportPeriod>;

/** Figures over a set of calls; see REPORT_FIGURES for each one's definition. Durations in seconds. */
export const ZReportFigures = z.object({
  calls: z.number().int(),
  offered: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  outbound: z.number().int(),
  /** Percent, one decimal; null without offered calls. */
  abandonRate: z.number().nullable(),
  asaSeconds: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  avgTalkSeconds: z.number().nullable(),
  avgWrapUpSeconds: z.number().nullable(),
  /** Percent, one decimal; null without answered or abandoned calls whose wait is known. */
  serviceLevel: z.number().nullable(),
  longestWaitSeconds: z.number().int().nullable(),
  formsShown: z.number().int(),
  formsOpened: z.number().int(),
  formsCompleted: z.number().int(),
  /** Percent of the opened forms that were completed, one decimal. */
  formCompletionRate: z.number().nullable(),
});
export type TReportFigures = z.infer<typeof ZReportFigures>;

export const ZReportDisposition = z.object({
  /** The disposition's code, or null for completed forms without one. */
  code: z.string().nullable(),
  /** Its label in the tenant's form templates, when one defines it. */
  label: z.string().nullable(),
  count: z.number().int(),
  /** Percent of the completed forms, one decimal. */
  share: z.number(),
});
export type TReportDisposition = z.infer<typeof ZReportDisposition>;

/** GET /api/reports/summary */
export const ZReportSummary = z.object({
  period: ZReportPeriod,
  serviceLevelSeconds: z.number().int(),
  figures: ZReportFigures,
  dispositions: z.array(ZReportDisposition),
});
export type TReportSummary = z.infer<typeof ZReportSummary>;

export const ZReportInterval = z.enum(['hour', 'day']);
export type TReportInterval = z.infer<typeof ZReportInterval>;

export const ZReportSeriesQuery = z.object({
  /** Hour (periods of up to REPORT_HOURLY_MAX_DAYS days) or day; by default hour for up to 2 days, else day. */
  interval: ZReportInterval.optional(),
});

export const ZReportSeriesPoint = z.object({
  /** The bucket's start, and its local label: YYYY-MM-DD, or YYYY-MM-DD HH:00 for hours. */
  startsAt: z.string(),
  label: z.string(),
  offered: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  outbound: z.number().int(),
  ahtSeconds: z.number().nullable(),
  asaSeconds: z.number().nullable(),
  serviceLevel: z.number().nullable(),
});
export type TReportSeriesPoint = z.infer<typeof ZReportSeriesPoint>;

/** GET /api/reports/series: every bucket of the period, empty ones included. */
export const ZReportSeries = z.object({
  period: ZReportPeriod,
  interval: ZReportInterval,
  points: z.array(ZReportSeriesPoint),
});
export type TReportSeries = z.infer<typeof ZReportSeries>;

export const ZSortOrder = z.enum(['asc', 'desc']);

export const AGENT_REPORT_COLUMNS = [
  'name',
  'answered',
  'missed',
  'avgTalkSeconds',
  'avgWrapUpSeconds',
  'ahtSeconds',
  'formsOpened',
  'formsCompleted',
] as const;
export const ZAgentReportQuery = z.object({
  sort: z.enum(AGENT_REPORT_COLUMNS).default('answered'),
  order: ZSortOrder.default('desc'),
});
export type TAgentReportQuery = z.infer<typeof ZAgentReportQuery>;

export const ZAgentReportRow = z.object({
  agentId: z.string(),
  source: ZPlatform,
  name: z.string(),
  /** XiVO agent id, Shuttle agent number. */
  externalId: z.string(),
  answered: z.number().int(),
  missed: z.number().int(),
  avgTalkSeconds: z.number().nullable(),
  avgWrapUpSeconds: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  formsOpened: z.number().int(),
  formsCompleted: z.number().int(),
});
export type TAgentReportRow = z.infer<typeof ZAgentReportRow>;

/** GET /api/reports/agents */
export const ZAgentReport = z.object({ period: ZReportPeriod, rows: z.array(ZAgentReportRow) });
export type TAgentReport = z.infer<typeof ZAgentReport>;

export const QUEUE_REPORT_COLUMNS = [
  'name',
  'offered',
  'answered',
  'abandoned',
  'abandonRate',
  'asaSeconds',
  'serviceLevel',
  'ahtSeconds',
  'longestWaitSeconds',
] as const;
export const ZQueueReportQuery = z.object({
  sort: z.enum(QUEUE_REPORT_COLUMNS).default('offered'),
  order: ZSortOrder.default('desc'),
});
export type TQueueReportQuery = z.infer<typeof ZQueueReportQuery>;

export const ZQueueReportRow = z.object({
  /** Null for the calls that reached no queue (direct calls). */
  queueId: z.string().nullable(),
  source: ZPlatform.nullable(),
  name: z.string().nullable(),
  offered: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  abandonRate: z.number().nullable(),
  asaSeconds: z.number().nullable(),
  serviceLevel: z.number().nullable(),
  ahtSeconds: z.number().nullable(),
  longestWaitSeconds: z.number().int().nullable(),
});
export type TQueueReportRow = z.infer<typeof ZQueueReportRow>;

/** GET /api/reports/queues */
export const ZQueueReport = z.object({ period: ZReportPeriod, rows: z.array(ZQueueReportRow) });
export type TQueueReport = z.infer<typeof ZQueueReport>;

/** How a call went, in the reports' terms (see REPORT_FIGURES). */
export const ZCallOutcome = z.enum(['answered', 'abandoned', 'outbound', 'unresolved']);
export type TCallOutcome = z.infer<typeof ZCallOutcome>;

export const ZReportCall = z.object({
  id: z.string(),
  source: ZPlatform,
  externalCallId: z.string(),
  direction: ZCallDirection,
  outcome: ZCallOutcome,
  ringingAt: z.string(),
  caller: z.string(),
  callerName: z.string().nullable(),
  callee: z.string(),
  queueName: z.string().nullable(),
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  waitSeconds: z.number().int().nullable(),
  talkSeconds: z.number().int().nullable(),
  wrapUpSeconds: z.number().int().nullable(),
  formStatus: z.enum(['pending', 'opened', 'completed']).nullable(),
  disposition: z.string().nullable(),
  /** The disposition's label in the tenant's form templates, when one defines it. */
  dispositionLabel: z.string().nullable(),
});
export type TReportCall = z.infer<typeof ZReportCall>;

/** GET /api/reports/calls: newest first. */
export const ZReportCallPage = ZPage(ZReportCall).extend({ period: ZReportPeriod });
export type TReportCallPage = z.infer<typeof ZReportCallPage>;

export const ZTimelineEntry = z.object({
  at: z.string(),
  kind: z.enum(['event', 'form', 'autopause']),
  /** event: the intake event's type (thirdparty, ringing, up, hangup, abandon, outbound);
   * form: shown, opened, completed; autopause: started, ended. */
  type: z.string(),
  /** The event as the platform sent it (events only). */
  payload: z.unknown().optional(),
  detail: z.string().nullable(),
});
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

/** GET /api/reports/calls/:id */
export const ZReportCallDetail = z.object({
  call: ZReportCall.extend({
    state: ZCallState,
    answeredAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    hangupReason: z.string().nullable(),
    queueId: z.string().nullable(),
    userData: z.unknown().nullable(),
  }),
  form: z
    .object({
      id: z.string(),
      title: z.string().nullable(),
      templateName: z.string().nullable(),
      /** The template's fields (name and label, in order), to name the values; empty without a template. */
      fields: z.array(z.object({ name: z.string(), label: z.string() })),
      status: z.enum(['pending', 'opened', 'completed']),
      data: z.record(z.string(), z.unknown()),
      disposition: z.string().nullable(),
      dispositionLabel: z.string().nullable(),
      openedAt: z.string().nullable(),
      completedAt: z.string().nullable(),
      wrapUpSeconds: z.number().int().nullable(),
      autopause: z.boolean(),
      autopauseReason: z.string().nullable(),
    })
    .nullable(),
  /** Every event of every intake, the form's steps and the autopause span, oldest first. */
  timeline: z.array(ZTimelineEntry),
});
export type TReportCallDetail = z.infer<typeof ZReportCallDetail>;

export const ZAgentHistoryQuery = z.object({
  days: z.coerce
    .number({ error: 'Expected a whole number' })
    .int()
    .min(1)
    .max(AGENT_HISTORY_MAX_DAYS)
    .default(7),
  page: z.coerce.number({ error: 'Expected a whole number' }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: 'Expected a whole number' }).int().min(1).max(100).default(50),
});
export type TAgentHistoryQuery = z.infer<typeof ZAgentHistoryQuery>;

/** GET /api/reports/agents/:id/calls and GET /api/me/calls: the agent's calls of the last `days` days. */
export const ZAgentHistory = ZPage(ZReportCall).extend({
  agents: z.array(z.object({ id: z.string(), source: ZPlatform, name: z.string(), externalId: z.string() })),
  days: z.number().int(),
  since: z.string(),
});
export type TAgentHistory = z.infer<typeof ZAgentHistory>;

/** The tables a report exports as CSV: GET /api/reports/export/:table. */
export const REPORT_EXPORT_TABLES = [
  'summary',
  'dispositions',
  'series',
  'agents',
  'queues',
  'calls',
] as const;
export const ZReportExportTable = z.enum(REPORT_EXPORT_TABLES);
export type TReportExportTable = z.infer<typeof ZReportExportTable>;

/**
 * Every history figure's definition, in one place: the API's documentation and the web's tooltips use these
 * (the web shows them translated under the same ids). The period and every filter apply first: a call
 * belongs to the local day (REPORTS_TIME_ZONE) it started ringing on.
 */
export const REPORT_FIGURES = {
  calls: 'Every call that started ringing in the period and matches the filters, in every direction.',
  offered:
    'Calls that came in: every call that is not outbound (inbound, internal, or of unknown direction).',
  answered:
    'Offered calls that reached an agent: Shuttle calls with an answer, and every XiVO call (XiVO reports a call when it reaches an agent).',
  abandoned:
    'Offered Shuttle calls that ended before any answer: the caller hung up while waiting in the queue or while an agent’s phone rang.',
  outbound: 'Calls the agents placed (Shuttle outbound).',
  abandonRate: 'Abandoned calls as a share of offered calls.',
  asa: 'Average speed of answer: the average wait of the answered Shuttle calls. A call’s wait is the time from entering the queue to its answer or abandon as Shuttle reports it (holdtime: queue wait and ring), else from ringing to answer or abandon. XiVO calls are left out: their wait is not known.',
  aht: 'Average handle time: talk time (holds during the call included, as the platforms count them) plus the wrap-up of the call’s completed form, averaged over the answered Shuttle calls that have ended.',
  avgTalk:
    'Average talk time of the answered Shuttle calls that have ended: as Shuttle reports it, else from answer to hangup.',
  avgWrapUp:
    'Average time from the hangup to the completion of the form, over the completed forms of answered Shuttle calls that have ended.',
  serviceLevel:
    'Share of the offered Shuttle calls answered with a wait (see average speed of answer) within the threshold (SERVICE_LEVEL_SECONDS), among those answered or abandoned. XiVO calls are left out: their wait is not known.',
  longestWait:
    'The longest wait (see average speed of answer) of an offered Shuttle call before its answer or its abandon.',
  formsShown: 'Calls for which a rule opened a per-call form.',
  formsOpened: 'Forms an agent opened (completed forms count as opened).',
  formsCompleted: 'Forms an agent completed, with their disposition.',
  formCompletionRate: 'Completed forms as a share of the opened ones.',
  dispositions: 'Completed forms by the disposition the agent chose.',
  missed: 'Calls that rang the agent and were abandoned before anyone answered.',
  outcome: 'Answered, abandoned, outbound, or unresolved: a Shuttle call whose answer or hangup never came.',
} as const;
export type TReportFigureId = keyof typeof REPORT_FIGURES;
export const REPORT_FIGURE_IDS = Object.keys(REPORT_FIGURES) as TReportFigureId[];

/** Each figure of ZReportFigures and the id of its definition in REPORT_FIGURES. */
export const REPORT_FIGURE_DEFINITIONS: Record<keyof TReportFigures, TReportFigureId> = {
  calls: 'calls',
  offered: 'offered',
  answered: 'answered',
  abandoned: 'abandoned',
  outbound: 'outbound',
  abandonRate: 'abandonRate',
  asaSeconds: 'asa',
  ahtSeconds: 'aht',
  avgTalkSeconds: 'avgTalk',
  avgWrapUpSeconds: 'avgWrapUp',
  serviceLevel: 'serviceLevel',
  longestWaitSeconds: 'longestWait',
  formsShown: 'formsShown',
  formsOpened: 'formsOpened',
  formsCompleted: 'formsCompleted',
  formCompletionRate: 'formCompletionRate',
};

/** GET /api/reports/options: what the filters offer. */
export const ZReportOptions = z.object({
  queues: z.array(z.object({ id: z.string(), source: ZPlatform, name: z.string() })),
  agents: z.array(z.object({ id: z.string(), source: ZPlatform, name: z.string(), externalId: z.string() })),
  dispositions: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type TReportOptions = z.infer<typeof ZReportOptions>;
