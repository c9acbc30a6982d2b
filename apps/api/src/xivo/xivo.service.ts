import { Inject, Injectable, Logger } from '@nestjs/common';
import type { TXivoThirdPartyRequest, TXivoThirdPartyResponse } from '@screenpop/contracts';
import { normalisePhone } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { CallsRepository, type IntakeFormSession, newFormSessionId } from '../calls/calls.repository.js';
import { eventDedupeKey, withoutTokens } from '../calls/event-digest.js';
import { TenantsService } from '../common/tenants.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { evaluateRules } from '../rules/rule-matcher.js';
import { RulesService } from '../rules/rules.service.js';
import {
  formSessionUrl,
  plannedFormSession,
  resolveThirdPartyAnswer,
  ruleTarget,
  ruleTitle,
  xivoDirection,
  xivoRuleCall,
  xivoTemplateVariables,
} from './third-party-answer.js';

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
    const tenant = await this.tenants.require(tenantSlug);

    const { user, queue } = request;
    const callerNormalized = normalisePhone(request.caller, this.config.defaultPhoneCountry);
    const direction = xivoDirection(request);
    const agentExternalId = String(user.agentId);

    const { rule } = evaluateRules(
      await this.rules.enabledRules(tenant.id),
      xivoRuleCall(request, callerNormalized, new Date()),
    );

    const vars = xivoTemplateVariables(request);
    const target = ruleTarget(rule);
    const title = ruleTitle(rule, vars);
    const planned = plannedFormSession(rule, target, title);
    const formSession: IntakeFormSession | null = planned ? { id: newFormSessionId(), ...planned } : null;

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

    if (rule && rule.action !== 'none' && target.kind === 'none') {
      this.logger.warn(
        { ruleId: rule.id },
        `Rule "${rule.name}" opens neither a form nor a URL: answering none`,
      );
    }
    return resolveThirdPartyAnswer(
      rule,
      target,
      formSessionUrl(this.config.publicWebUrl, recorded.formSessionId),
      vars,
      title,
    );
  }
}
