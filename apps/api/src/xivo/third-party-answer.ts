import {
  type TXivoEvent,
  type TXivoThirdPartyRequest,
  type TXivoThirdPartyResponse,
  ZXivoEvent,
} from '@screenpop/contracts';
import {
  renderTextTemplate,
  renderUrlTemplate,
  templateVariables,
  type TemplateVariables,
} from '../rules/call-template.js';
import type { RuleCallContext } from '../rules/rule-matcher.js';
import type { ActiveRule } from '../rules/rules.service.js';

/** The names XucMgt's third-party POST is known by in rule conditions: it is sent when the call rings. */
export const THIRD_PARTY_EVENTS = ['thirdparty', 'EventRinging', 'ringing'] as const;

/** A third-party POST as the rules see it. */
export function xivoRuleCall(
  request: TXivoThirdPartyRequest,
  callerNormalized: string | null,
  at: Date,
): RuleCallContext {
  const { queue } = request;
  return {
    source: 'xivo',
    events: THIRD_PARTY_EVENTS,
    caller: request.caller,
    callerNormalized,
    callee: request.callee,
    direction: xivoDirection(request),
    queue: queue ? { name: queue.name, number: queue.number ?? null } : null,
    userData: request.userData ?? {},
    agent: { externalId: String(request.user.agentId) },
    at,
  };
}

/** XiVO only says whether the call came through a queue. */
export function xivoDirection(request: Pick<TXivoThirdPartyRequest, 'queue'>): 'inbound' | 'unknown' {
  return request.queue ? 'inbound' : 'unknown';
}

export function xivoTemplateVariables(request: TXivoThirdPartyRequest): TemplateVariables {
  return templateVariables({
    caller: request.caller,
    callee: request.callee,
    callId: request.callDataCallId,
    queue: request.queue,
    userData: request.userData ?? {},
    user: request.user,
  });
}

export type AnswerRule = Pick<
  ActiveRule,
  | 'action'
  | 'event'
  | 'formTemplateId'
  | 'urlTemplate'
  | 'autopause'
  | 'autopauseReason'
  | 'multitab'
  | 'titleTemplate'
  | 'executableArgs'
>;

export type ThirdPartyTarget =
  { kind: 'none' } | { kind: 'form'; templateId: string } | { kind: 'url'; urlTemplate: string };

/** What the matched rule opens: one of our form templates (preferred), an external URL, or nothing. */
export function ruleTarget(rule: AnswerRule | null): ThirdPartyTarget {
  if (!rule || rule.action === 'none') return { kind: 'none' };
  if (rule.formTemplateId) return { kind: 'form', templateId: rule.formTemplateId };
  if (rule.urlTemplate?.trim()) return { kind: 'url', urlTemplate: rule.urlTemplate.trim() };
  return { kind: 'none' };
}

/** The rule's title template, rendered; null when it renders to nothing. */
export function ruleTitle(
  rule: Pick<AnswerRule, 'titleTemplate'> | null,
  vars: TemplateVariables,
): string | null {
  return rule?.titleTemplate ? renderTextTemplate(rule.titleTemplate, vars).trim() || null : null;
}

/** The per-call form a rule opens, before it is stored (the intake gives it its id). */
export interface PlannedFormSession {
  templateId: string;
  ruleId: string;
  title: string | null;
  autopause: boolean;
  autopauseReason: string | null;
}

export function plannedFormSession(
  rule: (AnswerRule & { id: string }) | null,
  target: ThirdPartyTarget,
  title: string | null,
): PlannedFormSession | null {
  if (!rule || target.kind !== 'form') return null;
  return {
    templateId: target.templateId,
    ruleId: rule.id,
    title,
    autopause: rule.autopause ?? false,
    autopauseReason: rule.autopauseReason,
  };
}

/** Where the agent's browser opens a per-call form. */
export function formSessionUrl(publicWebUrl: string, formSessionId: string | null): string {
  return `${publicWebUrl}/thirdparty/open/${formSessionId}`;
}

/** The page the target opens: the form's URL, or the external template rendered; null opens nothing. */
export function targetUrl(target: ThirdPartyTarget, formUrl: string, vars: TemplateVariables): string | null {
  if (target.kind === 'form') return formUrl;
  if (target.kind === 'url') return renderUrlTemplate(target.urlTemplate, vars);
  return null;
}

/** The whole answer to XucMgt: none without a rule or a target, else what the rule sets. */
export function resolveThirdPartyAnswer(
  rule: AnswerRule | null,
  target: ThirdPartyTarget,
  formUrl: string,
  vars: TemplateVariables,
  title: string | null,
): TXivoThirdPartyResponse {
  const url = rule ? targetUrl(target, formUrl, vars) : null;
  if (!rule || url === null) return { action: 'none' };
  return thirdPartyAnswer(rule, url, title);
}

const SHUTTLE_TO_XIVO: Record<string, TXivoEvent> = {
  ringing: 'EventRinging',
  up: 'EventEstablished',
  hangup: 'EventReleased',
};

/** XucMgt knows EventRinging/EventEstablished/EventReleased; a rule written with Shuttle's names is translated. */
export function toXivoEvent(event: string | null): TXivoEvent | undefined {
  if (!event) return undefined;
  const parsed = ZXivoEvent.safeParse(event);
  return parsed.success ? parsed.data : SHUTTLE_TO_XIVO[event];
}

/** The web service's answer: what the rule sets, nothing it does not. */
export function thirdPartyAnswer(
  rule: AnswerRule,
  url: string,
  title: string | null,
): TXivoThirdPartyResponse {
  if (rule.action === 'none') return { action: 'none' };
  const answer: TXivoThirdPartyResponse = { action: rule.action };
  const event = toXivoEvent(rule.event);
  if (event) answer.event = event;
  answer.url = url;
  if (rule.autopause !== null) answer.autopause = rule.autopause;
  if (rule.autopauseReason) answer.autopauseReason = rule.autopauseReason;
  if (rule.multitab !== null) answer.multitab = rule.multitab;
  if (title) answer.title = title;
  if (rule.executableArgs?.length) answer.executableArgs = rule.executableArgs;
  return answer;
}
