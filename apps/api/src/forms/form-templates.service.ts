import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import {
  type TAuthUser,
  type TDisposition,
  type TFormField,
  type TFormTemplateDetail,
  type TFormTemplateListItem,
  type TFormTemplateListQuery,
  type TFormTemplateParsedInput,
  type TPage,
} from '@screenpop/contracts';
import type { Database, FormTemplate, Prisma } from '@screenpop/db';
import { AuditService } from '../admin/audit/audit.service.js';
import { DATABASE } from '../common/database.module.js';
import { readPage } from '../common/paging.js';
import { RequestValidationException } from '../common/request-validation.exception.js';
import { findOr404, isUniqueViolation } from '../common/rows.js';
import { changeSummary, templateChanges } from './form-template-changes.js';
import { storedShape } from './form-data.js';

const detailInclude = {
  rules: {
    select: { id: true, name: true, enabled: true },
    orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }],
  },
} satisfies Prisma.FormTemplateInclude;

type DetailRow = Prisma.FormTemplateGetPayload<{ include: typeof detailInclude }>;

/**
 * The administrators' form templates. Forms reference their template, so an edit shows in every
 * form opened afterwards; a template that a rule opens cannot be deleted, and deleting one leaves
 * past forms with their saved data and disposition but no template.
 */
@Injectable()
export class FormTemplatesService {
  private readonly logger = new Logger(FormTemplatesService.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async list(tenantId: string, query: TFormTemplateListQuery): Promise<TPage<TFormTemplateListItem>> {
    const where: Prisma.FormTemplateWhereInput = {
      tenantId,
      ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
    };
    return readPage(
      query,
      {
        rows: (window) =>
          this.database.prisma.formTemplate.findMany({
            where,
            include: { _count: { select: { rules: true } } },
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
            ...window,
          }),
        count: () => this.database.prisma.formTemplate.count({ where }),
      },
      (row) => {
        const shape = this.shapeOf(row);
        return {
          id: row.id,
          name: row.name,
          fieldCount: shape.fields.length,
          dispositionCount: shape.dispositions.length,
          ruleCount: row._count.rules,
          updatedAt: row.updatedAt.toISOString(),
        };
      },
    );
  }

  async get(tenantId: string, id: string): Promise<TFormTemplateDetail> {
    return this.toDetail(await this.find(this.database.prisma, tenantId, id));
  }

  async create(actor: TAuthUser, input: TFormTemplateParsedInput): Promise<TFormTemplateDetail> {
    const tenantId = actor.tenant.id;
    const created = await this.database.prisma
      .$transaction(async (tx) => {
        await this.assertNameFree(tx, tenantId, input.name);
        const row = await tx.formTemplate.create({
          data: { tenantId, name: input.name, fields: input.fields, dispositions: input.dispositions },
          include: detailInclude,
        });
        await this.audit.record(
          actor,
          {
            action: 'template.created',
            entityType: 'template',
            entityId: row.id,
            summary: `Form template "${row.name}" created (${count(input.fields.length, 'field')}, ${count(input.dispositions.length, 'disposition')})`,
            changes: {
              name: row.name,
              fields: input.fields.map((field) => field.name),
              dispositions: input.dispositions.map((item) => item.code),
            },
          },
          tx,
        );
        return row;
      })
      .catch(rethrowNameTaken(input.name));
    return this.toDetail(created);
  }

  async update(actor: TAuthUser, id: string, input: TFormTemplateParsedInput): Promise<TFormTemplateDetail> {
    const tenantId = actor.tenant.id;
    const updated = await this.database.prisma
      .$transaction(async (tx) => {
        const before = await this.find(tx, tenantId, id);
        const changes = templateChanges({ name: before.name, ...this.shapeOf(before) }, input);
        if (Object.keys(changes).length === 0) return before;
        if (changes.name) await this.assertNameFree(tx, tenantId, input.name, before.id);
        const row = await tx.formTemplate.update({
          where: { id: before.id },
          data: { name: input.name, fields: input.fields, dispositions: input.dispositions },
          include: detailInclude,
        });
        await this.audit.record(
          actor,
          {
            action: 'template.updated',
            entityType: 'template',
            entityId: row.id,
            summary: changeSummary(row.name, changes),
            changes: { ...changes },
          },
          tx,
        );
        return row;
      })
      .catch(rethrowNameTaken(input.name));
    return this.toDetail(updated);
  }

  /** Refused while a rule opens the template; past forms keep their data and disposition. */
  async remove(actor: TAuthUser, id: string): Promise<void> {
    await this.database.prisma.$transaction(async (tx) => {
      const template = await this.find(tx, actor.tenant.id, id);
      if (template.rules.length > 0) {
        const names = template.rules.map((rule) => `"${rule.name}"`).join(', ');
        const them = template.rules.length === 1 ? 'it' : 'them';
        throw new ConflictException(
          `This template is opened by ${count(template.rules.length, 'rule')} (${names}): point ${them} at another template or delete ${them} first`,
        );
      }
      const forms = await tx.formSession.count({
        where: { tenantId: actor.tenant.id, templateId: template.id },
      });
      await tx.formTemplate.delete({ where: { id: template.id } });
      await this.audit.record(
        actor,
        {
          action: 'template.deleted',
          entityType: 'template',
          entityId: template.id,
          summary: `Form template "${template.name}" deleted${forms ? ` (${count(forms, 'past form')} keep their data)` : ''}`,
          changes: { name: template.name, forms },
        },
        tx,
      );
    });
  }

  private find(tx: Prisma.TransactionClient, tenantId: string, id: string): Promise<DetailRow> {
    return findOr404(
      id,
      () => tx.formTemplate.findFirst({ where: { id, tenantId }, include: detailInclude }),
      'No such form template',
    );
  }

  /** Names are compared ignoring case: two templates called "Sales" and "sales" would be confused in a rule's list. */
  private async assertNameFree(
    tx: Prisma.TransactionClient,
    tenantId: string,
    name: string,
    exceptId?: string,
  ): Promise<void> {
    const clash = await tx.formTemplate.findFirst({
      where: {
        tenantId,
        name: { equals: name, mode: 'insensitive' },
        ...(exceptId ? { id: { not: exceptId } } : {}),
      },
      select: { name: true },
    });
    if (clash) throw nameTaken(clash.name);
  }

  private toDetail(row: DetailRow): TFormTemplateDetail {
    return {
      id: row.id,
      name: row.name,
      ...this.shapeOf(row),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      rules: row.rules,
    };
  }

  private shapeOf(row: FormTemplate): { fields: TFormField[]; dispositions: TDisposition[] } {
    return storedShape(row, () =>
      this.logger.error({ templateId: row.id }, `Form template "${row.name}" is not valid`),
    );
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function nameTaken(name: string): RequestValidationException {
  return new RequestValidationException([
    { path: 'name', message: `Another form template is already called "${name}"` },
  ]);
}

/** Two administrators creating the same name at once: the unique index answers for the second. */
function rethrowNameTaken(name: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  };
}
