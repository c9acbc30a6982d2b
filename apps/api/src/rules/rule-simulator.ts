import {
  SIMULATED_CALL_ID,
  SIMULATED_FORM_ID,
  type TRuleSimulateResponse,
  type TRuleSimulationNote,
  type TRuleSimulationStep,
  type TShuttleEvent,
  type TXivoThirdPartyRequest,
} from '@screenpop/contracts';
import { normalisePhone } from '@screenpop/db';
import { planShuttleAnswer, shuttleCommands } from '../shuttle/shuttle-commands.js';
import { shuttleCallFacts, shuttleRuleCall, shuttleTemplateVariables } from '../shuttle/shuttle-event.js';
import {
  formSessionUrl,
  plannedFormSession,
  type PlannedFormSession,
  resolveThirdPartyAnswer,
  ruleTarget,
  ruleTitle,
  targetUrl,
  xivoRuleCall,
  xivoTemplateVariables,
} from '../xivo/third-party-answer.js';
import { evaluateRules } from './rule-matcher.js';
import type { ActiveRule } from './rules.service.js';

/** A rule as the simulator sees it: saved (disabled ones too) or the unsaved draft. */
export interface SimulatedRule extends ActiveRule {
  draft: boolean;
}

export type SimulationSample =
  { platform: 'xivo'; request: TXivoThirdPartyRequest } | { platform: 'shuttle'; event: TShuttleEvent };

export interface SimulationInput {
  /** In the order they are examined. */
  rules: readonly SimulatedRule[];
  sample: SimulationSample;
  at: Date;
  publicWebUrl: string;
  defaultPhoneCountry: string | undefined;
  /** Form template names by id, to name the form a match would open. */
  templateNames: ReadonlyMap<string, string>;
}

/**
 * What an intake would answer for the sample, by the same functions the intakes use, without storing
 * anything: the form a real call would create is shown with SIMULATED_FORM_ID as its id.
 */
export function simulateRules(input: SimulationInput): TRuleSimulateResponse {
  // The position is the order: whatever the stored priorities, the draft slots in where it was put.
  const rules = input.rules.map((rule, index) => ({ ...rule, priority: index + 1 }));
  const formUrl = formSessionUrl(input.publicWebUrl, SIMULATED_FORM_ID);
  const notes: TRuleSimulationNote[] = [];
  const { sample } = input;

  const call =
    sample.platform === 'xivo'
      ? xivoRuleCall(sample.request, normalise(sample.request.caller, input), input.at)
      : null;
  const facts = sample.platform === 'shuttle' ? shuttleCallFacts(sample.event) : null;
  const ruleCall = call ?? shuttleRuleCall(facts!, normalise(facts!.caller, input), input.at);
  const { rule, trace } = evaluateRules(rules, ruleCall);
  const steps: TRuleSimulationStep[] = trace.map((entry) => ({
    ...entry,
    position: entry.priority,
    draft: rules[entry.priority - 1]?.draft ?? false,
  }));

  let answer: TRuleSimulateResponse['answer'];
  let planned: PlannedFormSession | null;
  if (sample.platform === 'xivo') {
    const vars = xivoTemplateVariables(sample.request);
    const target = ruleTarget(rule);
    const title = ruleTitle(rule, vars);
    planned = plannedFormSession(rule, target, title);
    const response = resolveThirdPartyAnswer(rule, target, formUrl, vars, title);
    answer = { platform: 'xivo', response };
    if (rule && rule.action !== 'none' && target.kind === 'none') notes.push({ code: 'noTarget' });
    if (response.event) notes.push({ code: 'opensAt', event: response.event });
  } else {
    const event = sample.event;
    const peer = facts!.agent?.peer ?? null;
    const plan = planShuttleAnswer(rule, { name: facts!.name, peer });
    const vars = shuttleTemplateVariables(facts!);
    planned = plan ? plannedFormSession(rule, plan.target, ruleTitle(rule, vars)) : null;
    const url = plan ? targetUrl(plan.target, formUrl, vars) : null;
    const commands = peer
      ? shuttleCommands(plan, {
          event,
          peer,
          url,
          vars,
          reference: planned ? SIMULATED_FORM_ID : SIMULATED_CALL_ID,
          occurredAt: input.at,
        })
      : [];
    answer = { platform: 'shuttle', commands };
    if (rule && !plan && rule.action !== 'none') {
      if (!peer) notes.push({ code: 'noAgent' });
      else if (rule.event && !ruleCall.events.includes(rule.event)) {
        notes.push({ code: 'otherEvent', event: rule.event });
      } else notes.push({ code: 'noTarget' });
    }
  }
  if (!rule) notes.unshift({ code: 'noMatch' });
  else if (rule.action === 'none') notes.unshift({ code: 'actionNone' });
  if (planned) notes.push({ code: 'formPlaceholder' });

  const matched = rule ? steps[steps.length - 1]! : null;
  return {
    platform: sample.platform,
    events: [...ruleCall.events],
    at: input.at.toISOString(),
    trace: steps,
    matched,
    answer,
    formSession: planned
      ? {
          id: SIMULATED_FORM_ID,
          url: formUrl,
          templateId: planned.templateId,
          templateName: input.templateNames.get(planned.templateId) ?? null,
          title: planned.title,
          autopause: planned.autopause,
          autopauseReason: planned.autopauseReason,
        }
      : null,
    notes,
  };
}

function normalise(caller: string, input: Pick<SimulationInput, 'defaultPhoneCountry'>): string | null {
  return normalisePhone(caller, input.defaultPhoneCountry);
}
