import type { TShuttleCommand, TShuttleEvent, TShuttleEventName, TShuttleMode } from '@screenpop/contracts';
import { renderTextTemplate, type TemplateVariables } from '../rules/call-template.js';
import type { ActiveRule, RuleNotification } from '../rules/rules.service.js';
import { type AnswerRule, ruleTarget, type ThirdPartyTarget } from '../xivo/third-party-answer.js';
import { SHUTTLE_EVENT_ALIASES } from './shuttle-event.js';

/** The `type` of our RealtimeCTI lines: the integration's name in Shuttle's realtime panel. */
export const REALTIME_CTI_TYPE = 'screenpop';

export type ShuttleRule = AnswerRule & Pick<ActiveRule, 'shuttleMode' | 'notification'>;

/** What the matched rule does at this event, before the call is stored. */
export interface ShuttlePlan {
  /** The page to open for the agent (AgentCTI): none, our form, or an external URL. */
  target: ThirdPartyTarget;
  mode: TShuttleMode;
  notification: RuleNotification | null;
}

/**
 * Null when the rule does nothing now: no rule, an event without an agent to show it to, or a rule
 * whose trigger event (Shuttle's or XiVO's name, e.g. EventReleased for hangup) is another one.
 */
export function planShuttleAnswer(
  rule: ShuttleRule | null,
  event: { name: TShuttleEventName; peer: string | null },
): ShuttlePlan | null {
  if (!rule || !event.peer) return null;
  if (rule.event && !SHUTTLE_EVENT_ALIASES[event.name].includes(rule.event)) return null;
  const opens = rule.action === 'open' || rule.action === 'popup';
  const plan: ShuttlePlan = {
    target: opens ? ruleTarget(rule) : { kind: 'none' },
    mode: rule.shuttleMode ?? (rule.action === 'popup' ? 'new_window' : 'new_tab'),
    notification: rule.notification,
  };
  return plan.target.kind === 'none' && !plan.notification ? null : plan;
}

export interface CommandContext {
  event: TShuttleEvent;
  peer: string;
  /** The page to open: our form's absolute URL or the rendered external one; null opens nothing. */
  url: string | null;
  vars: TemplateVariables;
  /** The form's id, else the call's. */
  reference: string;
  /** When the event was stored: the RealtimeCTI line's time, the same for a duplicate. */
  occurredAt: Date;
}

/** In the order a relay emits them to Shuttle: AgentCTI, AgentCTINotification, RealtimeCTI. */
export function shuttleCommands(plan: ShuttlePlan | null, context: CommandContext): TShuttleCommand[] {
  if (!plan) return [];
  const { peer, url, vars } = context;
  const commands: TShuttleCommand[] = [];
  if (url) commands.push({ name: 'AgentCTI', payload: { url, peer, mode: plan.mode } });
  if (plan.notification) {
    const { type, title, body } = plan.notification;
    commands.push({
      name: 'AgentCTINotification',
      payload: {
        peer,
        type: renderTextTemplate(type, vars).trim() || type,
        title: renderTextTemplate(title, vars),
        body: renderTextTemplate(body, vars),
      },
    });
  }
  if (url) {
    commands.push({
      name: 'RealtimeCTI',
      payload: {
        type: REALTIME_CTI_TYPE,
        channel: { ...context.event, time: context.occurredAt.toISOString() },
        reference: context.reference,
        url,
      },
    });
  }
  return commands;
}
