// The supervisors' wallboard: its snapshot and the definitions of its figures.
import { z } from 'zod';
import { ZPlatform } from '../common/platform.js';
import { ZTenantQuery } from '../common/tenant-query.js';

/**
 * Where a call stands on the wallboard. XiVO tells Screenpop about a call once (XucMgt's third-party
 * request, when it reaches an agent), so a XiVO call is `talking` until its form is completed, for a bounded
 * time; Shuttle reports ringing, answer and hangup, so its calls go through all three.
 */
export const ZWallboardCallPhase = z.enum(['ringing', 'talking', 'wrapUp']);
export type TWallboardCallPhase = z.infer<typeof ZWallboardCallPhase>;

export const ZWallboardCall = z.object({
  id: z.string(),
  source: ZPlatform,
  /** XiVO callDataCallId, Shuttle uniqueid. */
  externalCallId: z.string(),
  caller: z.string(),
  callerName: z.string().nullable(),
  queueName: z.string().nullable(),
  agentName: z.string().nullable(),
  phase: ZWallboardCallPhase,
  /** When the call entered its phase: its age on the wallboard counts from here. */
  since: z.string(),
  ringingAt: z.string(),
});
export type TWallboardCall = z.infer<typeof ZWallboardCall>;

/** One queue's figures (or every queue's, in `totals`); "today" is the snapshot's `day`. */
export const ZWallboardQueueFigures = z.object({
  waiting: z.number().int(),
  talking: z.number().int(),
  answered: z.number().int(),
  abandoned: z.number().int(),
  /** When the call waiting longest started ringing; null when nobody waits. */
  longestWaitingSince: z.string().nullable(),
  /** The longest wait of a call that rang today, in seconds (answered, abandoned or still waiting). */
  longestWaitSeconds: z.number().int().nullable(),
  /** Percentage (0–100, rounded down to an integer); null before any answered or abandoned Shuttle call. */
  serviceLevel: z.number().int().min(0).max(100).nullable(),
});
export type TWallboardQueueFigures = z.infer<typeof ZWallboardQueueFigures>;

export const ZWallboardQueue = ZWallboardQueueFigures.extend({
  id: z.string(),
  source: ZPlatform,
  name: z.string(),
});
export type TWallboardQueue = z.infer<typeof ZWallboardQueue>;

export const ZWallboardAgentState = z.enum(['onCall', 'paused', 'wrapUp', 'ready']);
export type TWallboardAgentState = z.infer<typeof ZWallboardAgentState>;

export const ZWallboardAgent = z.object({
  /** The agent's id, or `login:<id>` for a XiVO login not yet linked to a known agent. */
  id: z.string(),
  source: ZPlatform,
  name: z.string(),
  /** XiVO agent number / login, Shuttle agent number. */
  externalId: z.string().nullable(),
  state: ZWallboardAgentState,
  /** When the agent entered that state; null when unknown (ready since an unknown time). */
  since: z.string().nullable(),
  /** The autopause reason while paused. */
  pauseReason: z.string().nullable(),
  /** How we know the agent is logged on; null when only a call of theirs tells. */
  loggedOn: z
    .object({
      via: z.enum(['xivoLogin', 'shuttlePeer']),
      /** The XiVO CC host, or the Shuttle peer (SIP/…). */
      where: z.string().nullable(),
      /** The XiVO login's time; null for a Shuttle peer. */
      at: z.string().nullable(),
    })
    .nullable(),
});
export type TWallboardAgent = z.infer<typeof ZWallboardAgent>;

export const ZWallboardSnapshot = z.object({
  generatedAt: z.string(),
  /** The local day the "today" figures cover. */
  day: z.object({ date: z.string(), timeZone: z.string(), from: z.string(), to: z.string() }),
  serviceLevelSeconds: z.number().int(),
  calls: z.array(ZWallboardCall),
  queues: z.array(ZWallboardQueue),
  totals: ZWallboardQueueFigures,
  agents: z.array(ZWallboardAgent),
  /** More calls rang in the window than one snapshot reads: the figures count the newest ones only. */
  truncated: z.boolean(),
});
export type TWallboardSnapshot = z.infer<typeof ZWallboardSnapshot>;

/** GET /api/wallboard */
export const ZWallboardQuery = ZTenantQuery;
export type TWallboardQuery = z.infer<typeof ZWallboardQuery>;

/** How long a XiVO call stays with its agent when its form is never completed. */
export const WALLBOARD_XIVO_CALL_MAX_MINUTES = 15;
/** How long an ended call may stay in wrap-up (or keep its agent paused) when its form is never completed. */
export const WALLBOARD_WRAP_UP_MAX_MINUTES = 30;
/** Calls ringing or in progress for longer than this are considered lost (no hangup ever came). */
export const WALLBOARD_LIVE_MAX_HOURS = 12;

/**
 * Every figure's definition, in one place: the wallboard, its tooltips and the history reports use these.
 * The web app shows them translated, under the same ids.
 */
export const WALLBOARD_FIGURES = {
  day: 'Today is the local calendar day in the configured time zone (REPORTS_TIME_ZONE); a call belongs to the day it started ringing.',
  ringing: `A Shuttle call that rang and is neither answered nor ended yet (for at most ${WALLBOARD_LIVE_MAX_HOURS} hours). Its age counts from when it started ringing.`,
  talking: `A Shuttle call answered and not hung up yet (age from the answer), or a XiVO call whose form is not completed yet (or that has no form), for at most ${WALLBOARD_XIVO_CALL_MAX_MINUTES} minutes (age from when XiVO reported it: XiVO reports a call only once, when it reaches an agent).`,
  wrapUp: `A Shuttle call that was answered and has ended while its form is not completed yet, for at most ${WALLBOARD_WRAP_UP_MAX_MINUTES} minutes after the hangup. Its age counts from the hangup.`,
  waiting: 'Calls of the queue ringing now (Shuttle calls neither answered nor ended).',
  answered:
    'Calls of the queue that rang today and were answered: Shuttle calls with an answer, and every XiVO call (XiVO reports a call when it reaches an agent).',
  abandoned:
    'Shuttle calls of the queue that rang today and ended before any answer (the caller hung up or the platform gave up).',
  longestWait:
    'The longest time a call of the queue that rang today waited before an answer or an abandon, counting the calls still waiting.',
  serviceLevel:
    'Share of the Shuttle calls that rang today and were answered within the service-level threshold (SERVICE_LEVEL_SECONDS), among the Shuttle calls answered or abandoned today. XiVO calls are left out: their wait is not known.',
  agentLoggedOn: `An agent is on the wallboard when logged on: a XiVO login (THIRD_PARTY_LOGIN_URL) whose token has not expired (or from the last 24 hours when it has no expiry), or a Shuttle agent with a peer who had a call today or in the last ${WALLBOARD_LIVE_MAX_HOURS} hours; an agent with a call ringing, talking or in wrap-up is shown too.`,
  agentOnCall: 'The agent has a call in talking (see Talking).',
  agentPaused: `The agent is not on a call and a form of theirs opened with autopause is not completed yet (for at most ${WALLBOARD_WRAP_UP_MAX_MINUTES} minutes after the call ended, or ${WALLBOARD_XIVO_CALL_MAX_MINUTES} minutes after a XiVO call was reported): the platform keeps them paused with the rule's reason. A XiVO agent is paused from when the form opens.`,
  agentWrapUp: 'The agent is neither on a call nor paused and has a call in wrap-up (see Wrap-up).',
  agentReady: 'The agent is logged on and neither on a call, paused nor in wrap-up.',
} as const;
export type TWallboardFigureId = keyof typeof WALLBOARD_FIGURES;
export const WALLBOARD_FIGURE_IDS = Object.keys(WALLBOARD_FIGURES) as TWallboardFigureId[];
