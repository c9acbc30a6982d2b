import { type TXivoEvent, type TXivoThirdPartyResponse, ZXivoEvent } from '@screenpop/contracts';
import type { ActiveRule } from '../rules/rules.service.js';

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
