import { Inject, Injectable } from '@nestjs/common';
import type { TShuttleAck, TShuttleCommand, TShuttleEvent } from '@screenpop/contracts';
import { normalisePhone } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { CallsRepository, type IntakeFormSession, newFormSessionId } from '../calls/calls.repository.js';
import { eventDedupeKey, withoutTokens } from '../calls/event-digest.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { evaluateRules } from '../rules/rule-matcher.js';
import { RulesService } from '../rules/rules.service.js';
import { planShuttleAnswer, shuttleCommands } from './shuttle-commands.js';
import { shuttleCallFacts, shuttleRuleCall, shuttleTemplateVariables } from './shuttle-event.js';
import { formSessionUrl, plannedFormSession, ruleTitle, targetUrl } from '../xivo/third-party-answer.js';

/** The acknowledgement of a stored event. */
export type TShuttleStoredAck = Extract<TShuttleAck, { ok: true }>;

type RealtimeCtiCommand = Extract<TShuttleCommand, { name: 'RealtimeCTI' }>;

/** Calls of one HTTP batch stored side by side; the events of one call, one after the other. */
const BATCH_CONCURRENCY = 8;

/**
 * The Shuttle intake: stores an event (agent, queue, call, event, form session, in one statement),
 * decides by the tenant's rules what Shuttle should show, and tells the supervisors.
 */
@Injectable()
export class ShuttleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rules: RulesService,
    private readonly calls: CallsRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** Resolves once the event is stored; the same event again is stored once and answered the same. */
  async receive(tenantId: string, event: TShuttleEvent): Promise<TShuttleStoredAck> {
    const facts = shuttleCallFacts(event);
    const callerNormalized = normalisePhone(facts.caller, this.config.defaultPhoneCountry);
    const { rule } = evaluateRules(
      await this.rules.enabledRules(tenantId),
      shuttleRuleCall(facts, callerNormalized, new Date()),
    );
    const peer = facts.agent?.peer ?? null;
    const plan = planShuttleAnswer(rule, { name: facts.name, peer });
    const vars = shuttleTemplateVariables(facts);
    const planned = plan ? plannedFormSession(rule, plan.target, ruleTitle(rule, vars)) : null;
    const formSession: IntakeFormSession | null = planned ? { id: newFormSessionId(), ...planned } : null;

    const payload = withoutTokens(event);
    const recorded = await this.calls.recordIntakeEvent({
      tenantId,
      source: 'shuttle',
      agent: facts.agent && {
        externalId: facts.agent.agentnum,
        firstName: null,
        lastName: null,
        fullName: facts.agent.name,
        userId: null,
        peer: facts.agent.peer,
        sipName: facts.agent.sipName,
      },
      queue: facts.queue
        ? { externalId: facts.queue, name: facts.queue, displayName: null, number: null }
        : null,
      call: {
        externalCallId: facts.uniqueid,
        caller: facts.caller,
        callerNormalized,
        callerName: facts.callerName,
        callee: facts.callee,
        direction: facts.direction,
        userData: facts.customData,
        progress: facts.progress,
      },
      event: { type: facts.name, dedupeKey: eventDedupeKey(payload), payload },
      formSession,
    });

    // A form is opened only when the call has one (a duplicate event finds the first one's).
    const url =
      plan && (plan.target.kind !== 'form' || recorded.formSessionId)
        ? targetUrl(plan.target, formSessionUrl(this.config.publicWebUrl, recorded.formSessionId), vars)
        : null;
    const commands = peer
      ? shuttleCommands(plan, {
          event,
          peer,
          url,
          vars,
          reference: recorded.formSessionId ?? recorded.callId,
          occurredAt: recorded.occurredAt,
        })
      : [];

    const duplicate = !recorded.eventStored;
    if (!duplicate) {
      const cti = commands.find((command): command is RealtimeCtiCommand => command.name === 'RealtimeCTI');
      if (cti) this.realtime.realtimeCti(tenantId, cti.payload);
      this.realtime.callUpdated(tenantId, recorded.call);
    }
    return { ok: true, callId: recorded.callId, duplicate, commands };
  }

  /** A batch, acknowledged in its order. */
  async receiveAll(tenantId: string, events: readonly TShuttleEvent[]): Promise<TShuttleStoredAck[]> {
    const acks = new Array<TShuttleStoredAck>(events.length);
    const byCall = new Map<string, number[]>();
    events.forEach((event, index) => {
      const indexes = byCall.get(event.uniqueid);
      if (indexes) indexes.push(index);
      else byCall.set(event.uniqueid, [index]);
    });
    const queue = [...byCall.values()];
    const worker = async () => {
      for (let indexes = queue.shift(); indexes; indexes = queue.shift()) {
        for (const index of indexes) acks[index] = await this.receive(tenantId, events[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, queue.length) }, worker));
    return acks;
  }
}
