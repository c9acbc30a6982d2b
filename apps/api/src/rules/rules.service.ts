import { Inject, Injectable, Logger } from '@nestjs/common';
import { type TShuttleMode, ZRuleMatch, ZRuleNotification, ZShuttleMode } from '@screenpop/contracts';
import type { Database, Rule, RuleAction } from '@screenpop/db';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { DATABASE } from '../common/database.module.js';
import type { MatchableRule } from './rule-matcher.js';

/** An enabled rule, its conditions parsed, ready to be matched and answered. */
export interface ActiveRule extends MatchableRule {
  action: RuleAction;
  event: string | null;
  formTemplateId: string | null;
  urlTemplate: string | null;
  autopause: boolean | null;
  autopauseReason: string | null;
  multitab: boolean | null;
  titleTemplate: string | null;
  executableArgs: string[] | null;
  /** Shuttle AgentCTI mode; null lets the action decide. */
  shuttleMode: TShuttleMode | null;
  /** Shuttle AgentCTINotification templates. */
  notification: RuleNotification | null;
}

export type RuleNotification = z.infer<typeof ZRuleNotification>;

const ZExecutableArgs = z.array(z.string());

/**
 * A tenant's enabled rules, in priority order. The intake reads them on every call, so they are
 * kept for RULES_CACHE_TTL_MS; concurrent misses share one read.
 */
@Injectable()
export class RulesService {
  private readonly logger = new Logger(RulesService.name);
  private readonly cache = new Map<string, { expiresAt: number; rules: Promise<ActiveRule[]> }>();

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  enabledRules(tenantId: string): Promise<ActiveRule[]> {
    const now = Date.now();
    const cached = this.cache.get(tenantId);
    if (cached && cached.expiresAt > now) return cached.rules;
    const rules = this.load(tenantId);
    if (this.config.rulesCacheTtlMs > 0) {
      this.cache.set(tenantId, { expiresAt: now + this.config.rulesCacheTtlMs, rules });
      rules.catch(() => this.cache.delete(tenantId));
    }
    return rules;
  }

  /** Forget a tenant's rules (all tenants' when none is given) after they change. */
  invalidate(tenantId?: string): void {
    if (tenantId) this.cache.delete(tenantId);
    else this.cache.clear();
  }

  private async load(tenantId: string): Promise<ActiveRule[]> {
    const rows = await this.database.prisma.rule.findMany({
      where: { tenantId, enabled: true },
      orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }],
    });
    const rules: ActiveRule[] = [];
    for (const row of rows) {
      const rule = activeRule(row);
      if (rule.ok) rules.push(rule.rule);
      else {
        this.logger.warn(
          { ruleId: row.id, issues: rule.issues },
          `Rule "${row.name}" has invalid conditions: skipped`,
        );
      }
    }
    return rules;
  }
}

/** A stored rule, its JSON columns parsed; conditions that no longer parse make it unusable. */
export function activeRule(
  row: Rule,
): { ok: true; rule: ActiveRule } | { ok: false; issues: z.core.$ZodIssue[] } {
  const match = ZRuleMatch.safeParse(row.match ?? {});
  if (!match.success) return { ok: false, issues: match.error.issues };
  const executableArgs = ZExecutableArgs.safeParse(row.executableArgs);
  const shuttleMode = ZShuttleMode.safeParse(row.shuttleMode);
  const notification = ZRuleNotification.safeParse(row.notification);
  return {
    ok: true,
    rule: {
      id: row.id,
      name: row.name,
      priority: row.priority,
      enabled: row.enabled,
      match: match.data,
      action: row.action,
      event: row.event,
      formTemplateId: row.formTemplateId,
      urlTemplate: row.urlTemplate,
      autopause: row.autopause,
      autopauseReason: row.autopauseReason,
      multitab: row.multitab,
      titleTemplate: row.titleTemplate,
      executableArgs: executableArgs.success ? executableArgs.data : null,
      shuttleMode: shuttleMode.success ? shuttleMode.data : null,
      notification: notification.success ? notification.data : null,
    },
  };
}
