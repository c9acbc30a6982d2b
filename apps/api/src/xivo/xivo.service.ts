import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { TXivoThirdPartyRequest, TXivoThirdPartyResponse } from '@screenpop/contracts';
import { normalisePhone } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { CallsRepository, type IntakeFormSession, newFormSessionId } from '../calls/calls.repository.js';
import { eventDedupeKey, withoutTokens } from '../calls/event-digest.js';
import { TenantsService } from '../common/tenants.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { renderTextTemplate, renderUrlTemplate, templateVariables } from '../rules/call-template.js';
import { evaluateRules } from '../rules/rule-matcher.js';
import { RulesService } from '../rules/rules.service.js';
import { ruleTarget, thirdPartyAnswer } from './third-party-answer.js';

/** The names XucMgt's third-party POST is known by in rule conditions: it is sent when the call rings. */
const THIRD_PARTY_EVENTS = ['thirdparty', 'EventRinging', 'ringing'] as const;

@Injectable()
export class XivoService {
  private readonly logger = new Logger(XivoService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenants: TenantsService,
    private readonly rules: RulesService,
    private readonly calls: CallsRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** Records the ringing call and answers what XucMgt should open for it. */
  async answerThirdParty(
    tenantSlug: string,
    request: TXivoThirdPartyRequest,
  ): Promise<TXivoThirdPartyResponse> {
    const tenant = await this.tenants.bySlug(tenantSlug);
    if (!tenant) throw new NotFoundException(`Unknown tenant "${tenantSlug}"`);

    const { user, queue } = request;
    const userData = request.userData ?? {};
    const callerNormalized = normalisePhone(request.caller, this.config.defaultPhoneCountry);
    const direction = queue ? 'inbound' : 'unknown';
    const agentExternalId = String(user.agentId);

    const { rule } = evaluateRules(await this.rules.enabledRules(tenant.id), {
      source: 'xivo',
      events: THIRD_PARTY_EVENTS,
      caller: request.caller,
      callerNormalized,
      callee: request.callee,
      direction,
      queue: queue ? { name: queue.name, number: queue.number ?? null } : null,
      userData,
      agent: { externalId: agentExternalId },
      at: new Date(),
    });

    const vars = templateVariables({
      caller: request.caller,
      callee: request.callee,
      callId: request.callDataCallId,
      queue,
      userData,
      user,
    });
    const target = ruleTarget(rule);
    const title = rule?.titleTemplate ? renderTextTemplate(rule.titleTemplate, vars).trim() || null : null;
    const formSession: IntakeFormSession | null =
      rule && target.kind === 'form'
        ? {
            id: newFormSessionId(),
            templateId: target.templateId,
            ruleId: rule.id,
            title,
            autopause: rule.autopause ?? false,
            autopauseReason: rule.autopauseReason,
          }
        : null;

    const payload = withoutTokens(request);
    const recorded = await this.calls.recordIntakeEvent({
      tenantId: tenant.id,
      source: 'xivo',
      agent: {
        externalId: agentExternalId,
        firstName: user.firstName ?? null,
        lastName: user.lastName ?? null,
        fullName: user.fullName ?? null,
        userId: String(user.userId),
      },
      queue: queue
        ? {
            externalId: String(queue.id),
            name: queue.name,
            displayName: queue.displayName ?? null,
            number: queue.number ?? null,
          }
        : null,
      call: {
        externalCallId: request.callDataCallId,
        caller: request.caller,
        callerNormalized,
        callee: request.callee,
        direction,
        userData: request.userData ?? null,
      },
      event: { type: 'thirdparty', dedupeKey: eventDedupeKey(payload), payload },
      formSession,
    });
    // A repeated POST changed nothing supervisors need to hear of.
    if (recorded.eventStored) this.realtime.callUpdated(tenant.id, recorded.call);

    if (!rule || target.kind === 'none') {
      if (rule && rule.action !== 'none') {
        this.logger.warn(
          { ruleId: rule.id },
          `Rule "${rule.name}" opens neither a form nor a URL: answering none`,
        );
      }
      return { action: 'none' };
    }
    const url =
      target.kind === 'form'
        ? `${this.config.publicWebUrl}/thirdparty/open/${recorded.formSessionId}`
        : renderUrlTemplate(target.urlTemplate, vars);
    return thirdPartyAnswer(rule, url, title);
  }
}
