import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  type TApiIssue,
  type TAuthUser,
  type TRuleAdmin,
  type TRuleAdminList,
  type TRuleInput,
  type TRuleReorderRequest,
  type TRuleSimulateRequest,
  type TRuleSimulateResponse,
  type TRuleTargetOptions,
} from '@screenpop/contracts';
import { type Database, Prisma, type Rule } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { AuditService } from '../admin/audit/audit.service.js';
import { DATABASE } from '../common/database.module.js';
import { RequestValidationException } from '../common/request-validation.exception.js';
import { findOr404 } from '../common/rows.js';
import { parseShuttleEvent } from '../shuttle/shuttle-event.js';
import { type SimulatedRule, type SimulationSample, simulateRules } from './rule-simulator.js';
import { activeRule, RulesService } from './rules.service.js';

/** Priorities are spaced so a rule created later lands after the others without renumbering. */
const PRIORITY_STEP = 10;
const ORDER: Prisma.RuleOrderByWithRelationInput[] = [
  { priority: 'asc' },
  { createdAt: 'asc' },
  { id: 'asc' },
];

type RuleRow = Rule & { formTemplate: { name: string } | null };

/** The fields of a rule an administrator edits, as they are stored. */
function ruleData(input: TRuleInput) {
  return {
    name: input.name,
    enabled: input.enabled,
    match: input.match as Prisma.InputJsonValue,
    action: input.action,
    event: input.event,
    formTemplateId: input.formTemplateId,
    urlTemplate: input.urlTemplate,
    autopause: input.autopause,
    autopauseReason: input.autopauseReason,
    multitab: input.multitab,
    titleTemplate: input.titleTemplate,
    executableArgs: input.executableArgs ?? Prisma.DbNull,
    shuttleMode: input.shuttleMode,
    notification: input.notification ?? Prisma.DbNull,
  };
}

/** The administrator's rules: ordered, edited, tried on a sample. The intakes read them through RulesService. */
@Injectable()
export class RulesAdminService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly rules: RulesService,
  ) {}

  async list(tenantId: string): Promise<TRuleAdminList> {
    const rows = await this.rows(tenantId);
    return { items: rows.map((row, index) => toAdmin(row, index + 1)), total: rows.length };
  }

  async get(tenantId: string, id: string): Promise<TRuleAdmin> {
    const rows = await this.rows(tenantId);
    const index = rows.findIndex((row) => row.id === id);
    if (index < 0) throw new NotFoundException(noRule(id));
    return toAdmin(rows[index]!, index + 1);
  }

  async targetOptions(tenantId: string): Promise<TRuleTargetOptions> {
    const templates = await this.database.prisma.formTemplate.findMany({
      where: { tenantId },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    });
    return { formTemplates: templates };
  }

  /** A new rule is examined after every existing one; reorder to move it. */
  async create(user: TAuthUser, input: TRuleInput): Promise<TRuleAdmin> {
    const tenantId = user.tenant.id;
    await this.checkTemplate(tenantId, input.formTemplateId, 'formTemplateId');
    const id = await this.database.prisma.$transaction(async (tx) => {
      const last = await tx.rule.findFirst({ where: { tenantId }, orderBy: { priority: 'desc' } });
      const rule = await tx.rule.create({
        data: { tenantId, priority: (last?.priority ?? 0) + PRIORITY_STEP, ...ruleData(input) },
      });
      await this.audit.record(
        user,
        {
          action: 'rule.created',
          entityType: 'rule',
          entityId: rule.id,
          summary: `Rule "${rule.name}" created`,
          changes: { after: snapshot(rule) },
        },
        tx,
      );
      return rule.id;
    });
    this.rules.invalidate(tenantId);
    return this.get(tenantId, id);
  }

  /** Replaces every field the administrator edits; the rule keeps its place. */
  async update(user: TAuthUser, id: string, input: TRuleInput): Promise<TRuleAdmin> {
    const tenantId = user.tenant.id;
    await this.checkTemplate(tenantId, input.formTemplateId, 'formTemplateId');
    await this.database.prisma.$transaction(async (tx) => {
      const before = await this.find(tx, tenantId, id);
      const after = await tx.rule.update({
        where: { id },
        data: ruleData(input),
      });
      const changes = diff(snapshot(before), snapshot(after));
      await this.audit.record(
        user,
        {
          action: 'rule.updated',
          entityType: 'rule',
          entityId: id,
          summary:
            before.name === after.name
              ? `Rule "${after.name}" updated`
              : `Rule "${before.name}" updated and renamed "${after.name}"`,
          changes,
        },
        tx,
      );
    });
    this.rules.invalidate(tenantId);
    return this.get(tenantId, id);
  }

  async remove(user: TAuthUser, id: string): Promise<void> {
    const tenantId = user.tenant.id;
    await this.database.prisma.$transaction(async (tx) => {
      const rule = await this.find(tx, tenantId, id);
      await tx.rule.delete({ where: { id } });
      await this.audit.record(
        user,
        {
          action: 'rule.deleted',
          entityType: 'rule',
          entityId: id,
          summary: `Rule "${rule.name}" deleted`,
          changes: { before: snapshot(rule) },
        },
        tx,
      );
    });
    this.rules.invalidate(tenantId);
  }

  async setEnabled(user: TAuthUser, id: string, enabled: boolean): Promise<TRuleAdmin> {
    const tenantId = user.tenant.id;
    await this.database.prisma.$transaction(async (tx) => {
      const rule = await this.find(tx, tenantId, id);
      if (rule.enabled === enabled) return;
      await tx.rule.update({ where: { id }, data: { enabled } });
      await this.audit.record(
        user,
        {
          action: enabled ? 'rule.enabled' : 'rule.disabled',
          entityType: 'rule',
          entityId: id,
          summary: `Rule "${rule.name}" ${enabled ? 'enabled' : 'disabled'}`,
          changes: { enabled: { from: rule.enabled, to: enabled } },
        },
        tx,
      );
    });
    this.rules.invalidate(tenantId);
    return this.get(tenantId, id);
  }

  /** The new order must name each of the tenant's rules once: nothing is left in an unknown place. */
  async reorder(user: TAuthUser, request: TRuleReorderRequest): Promise<TRuleAdminList> {
    const tenantId = user.tenant.id;
    await this.database.prisma.$transaction(async (tx) => {
      const rows = await tx.rule.findMany({
        where: { tenantId },
        orderBy: ORDER,
        select: { id: true, name: true },
      });
      const known = new Set(rows.map((row) => row.id));
      const listed = new Set(request.ids);
      const unknown = request.ids.filter((id) => !known.has(id));
      const missing = rows.filter((row) => !listed.has(row.id));
      if (unknown.length || missing.length) {
        const problems = [
          missing.length ? `missing ${missing.map((row) => `"${row.name}"`).join(', ')}` : null,
          unknown.length ? `not your rules: ${unknown.join(', ')}` : null,
        ].filter(Boolean);
        throw new RequestValidationException([
          { path: 'ids', message: `List each of your ${rows.length} rules once (${problems.join('; ')})` },
        ]);
      }
      const before = rows.map((row) => row.id);
      const names = new Map(rows.map((row) => [row.id, row.name]));
      for (const [index, id] of request.ids.entries()) {
        await tx.rule.update({ where: { id }, data: { priority: (index + 1) * PRIORITY_STEP } });
      }
      await this.audit.record(
        user,
        {
          action: 'rule.reordered',
          entityType: 'rule',
          summary: reorderSummary(before, request.ids, names),
          changes: { before, after: request.ids },
        },
        tx,
      );
    });
    this.rules.invalidate(tenantId);
    return this.list(tenantId);
  }

  /** What the intake would answer for the sample; writes nothing. */
  async simulate(user: TAuthUser, request: TRuleSimulateRequest): Promise<TRuleSimulateResponse> {
    const tenantId = user.tenant.id;
    const sample = parseSample(request.sample);
    const rows = await this.database.prisma.rule.findMany({ where: { tenantId }, orderBy: ORDER });
    const rules: SimulatedRule[] = [];
    for (const row of rows) {
      const parsed = activeRule(row);
      if (parsed.ok) rules.push({ ...parsed.rule, draft: false });
    }

    const { draft } = request;
    if (draft) {
      await this.checkTemplate(tenantId, draft.rule.formTemplateId, 'draft.rule.formTemplateId');
      let place = rules.length;
      if (draft.id) {
        const edited = rules.findIndex((rule) => rule.id === draft.id);
        if (edited < 0) {
          throw new RequestValidationException([
            { path: 'draft.id', message: 'None of your rules has this id' },
          ]);
        }
        rules.splice(edited, 1);
        place = edited;
      }
      if (draft.position !== undefined) place = Math.min(draft.position - 1, rules.length);
      rules.splice(place, 0, {
        ...draft.rule,
        id: draft.id ?? 'draft',
        priority: 0,
        draft: true,
      });
    }

    const templates = await this.database.prisma.formTemplate.findMany({
      where: { tenantId },
      select: { id: true, name: true },
    });
    return simulateRules({
      rules,
      sample,
      at: request.at ? new Date(request.at) : new Date(),
      publicWebUrl: this.config.publicWebUrl,
      defaultPhoneCountry: this.config.defaultPhoneCountry,
      templateNames: new Map(templates.map((template) => [template.id, template.name])),
    });
  }

  private async rows(tenantId: string): Promise<RuleRow[]> {
    return this.database.prisma.rule.findMany({
      where: { tenantId },
      orderBy: ORDER,
      include: { formTemplate: { select: { name: true } } },
    });
  }

  private find(tx: Prisma.TransactionClient, tenantId: string, id: string): Promise<Rule> {
    return findOr404(id, () => tx.rule.findFirst({ where: { id, tenantId } }), noRule(id));
  }

  private async checkTemplate(tenantId: string, templateId: string | null, path: string): Promise<void> {
    if (!templateId) return;
    const template = await this.database.prisma.formTemplate.findFirst({
      where: { id: templateId, tenantId },
      select: { id: true },
    });
    if (!template) {
      throw new RequestValidationException([
        { path, message: 'None of your form templates has this id: pick one from the list' },
      ]);
    }
  }
}

function noRule(id: string): string {
  return `No rule ${id}`;
}

function parseSample(sample: TRuleSimulateRequest['sample']): SimulationSample {
  if (sample.platform === 'xivo') return { platform: 'xivo', request: sample.payload };
  const parsed = parseShuttleEvent(sample.payload, sample.event, 'sample.payload');
  if (!parsed.ok) throw new RequestValidationException(parsed.issues satisfies TApiIssue[]);
  return { platform: 'shuttle', event: parsed.event };
}

function toAdmin(row: RuleRow, position: number): TRuleAdmin {
  const parsed = activeRule(row);
  const rule = parsed.ok ? parsed.rule : null;
  return {
    id: row.id,
    name: row.name,
    position,
    priority: row.priority,
    enabled: row.enabled,
    match: rule?.match ?? {},
    action: row.action,
    event: row.event,
    formTemplateId: row.formTemplateId,
    formTemplateName: row.formTemplate?.name ?? null,
    urlTemplate: row.urlTemplate,
    autopause: row.autopause,
    autopauseReason: row.autopauseReason,
    multitab: row.multitab,
    titleTemplate: row.titleTemplate,
    executableArgs: rule?.executableArgs ?? null,
    shuttleMode: rule?.shuttleMode ?? null,
    notification: rule?.notification ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The audited view of a rule: what the administrator edits. */
function snapshot(rule: Rule): Record<string, Prisma.JsonValue> {
  return {
    name: rule.name,
    enabled: rule.enabled,
    match: rule.match,
    action: rule.action,
    event: rule.event,
    formTemplateId: rule.formTemplateId,
    urlTemplate: rule.urlTemplate,
    autopause: rule.autopause,
    autopauseReason: rule.autopauseReason,
    multitab: rule.multitab,
    titleTemplate: rule.titleTemplate,
    executableArgs: rule.executableArgs,
    shuttleMode: rule.shuttleMode,
    notification: rule.notification,
  };
}

function diff(
  before: Record<string, Prisma.JsonValue>,
  after: Record<string, Prisma.JsonValue>,
): Prisma.InputJsonObject {
  const changes: Record<string, Prisma.InputJsonValue> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null } as Prisma.InputJsonValue;
    }
  }
  return changes;
}

/** `Rule "VIP" moved from 4th to 1st` when one rule moved, else the new order. */
export function reorderSummary(
  before: string[],
  after: string[],
  names: ReadonlyMap<string, string>,
): string {
  const moved = after.filter((id, index) => before.indexOf(id) !== index);
  if (moved.length === 0) return 'Rules reordered (no change)';
  for (const id of moved) {
    const without = before.filter((other) => other !== id);
    const to = after.indexOf(id);
    const candidate = [...without.slice(0, to), id, ...without.slice(to)];
    if (candidate.every((other, index) => other === after[index])) {
      return `Rule "${names.get(id) ?? id}" moved from position ${before.indexOf(id) + 1} to ${to + 1}`;
    }
  }
  return `Rules reordered: ${after.map((id) => `"${names.get(id) ?? id}"`).join(', ')}`;
}
