import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  TAuthUser,
  TContactImportRequestParsed,
  TContactImportResult,
  TContactImportRowResult,
  TContactInputParsed,
  TContactListQuery,
  TContactPage,
  TContactView,
} from '@screenpop/contracts';
import type { Contact, Database, Prisma } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';
import { AuditService } from '../admin/audit/audit.service.js';
import { DATABASE } from '../common/database.module.js';
import { readPage } from '../common/paging.js';
import {
  FieldConflictException,
  RequestValidationException,
} from '../common/request-validation.exception.js';
import { findOr404 } from '../common/rows.js';
import {
  changedFields,
  checkContactInput,
  checkImportRow,
  type ContactFields,
  mergeImported,
  likeLiteral,
  phoneSearchTerm,
  samePerson,
} from './contact-input.js';

/** A batch of 500 rows, each perhaps an update, on a slow disk. */
const IMPORT_TRANSACTION_TIMEOUT_MS = 60_000;

/** A contact the import is working on: already stored (`stored`) or to be created by this batch. */
interface ImportTarget {
  id: string;
  stored: boolean;
  original: ContactFields;
  fields: ContactFields;
}

/** The administrators' contact directory: the callers the per-call form recognises. */
@Injectable()
export class ContactsAdminService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(tenantId: string, query: TContactListQuery): Promise<TContactPage> {
    const where: Prisma.ContactWhereInput = { tenantId, ...this.searchFilter(query.q) };
    return readPage(
      query,
      {
        rows: (window) =>
          this.database.prisma.contact.findMany({
            where,
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
            ...window,
          }),
        count: () => this.database.prisma.contact.count({ where }),
      },
      toView,
    );
  }

  async get(tenantId: string, id: string): Promise<TContactView> {
    return toView(await this.load(this.database.prisma, tenantId, id));
  }

  async create(user: TAuthUser, input: TContactInputParsed): Promise<TContactView> {
    const fields = this.checked(input);
    return this.database.prisma.$transaction(async (tx) => {
      await this.assertEmailFree(tx, user.tenant.id, fields.email, null);
      const contact = await tx.contact.create({ data: { tenantId: user.tenant.id, ...fields } });
      await this.audit.record(
        user,
        {
          action: 'contact.created',
          entityType: 'contact',
          entityId: contact.id,
          summary: `Contact "${contact.name}" created`,
          changes: { ...fields },
        },
        tx,
      );
      return toView(contact);
    });
  }

  async update(user: TAuthUser, id: string, input: TContactInputParsed): Promise<TContactView> {
    const fields = this.checked(input);
    return this.database.prisma.$transaction(async (tx) => {
      const before = await this.load(tx, user.tenant.id, id);
      await this.assertEmailFree(tx, user.tenant.id, fields.email, id);
      const contact = await tx.contact.update({ where: { id: before.id }, data: fields });
      const changed = changedFields(fieldsOf(before), fields);
      if (changed.length) {
        await this.audit.record(
          user,
          {
            action: 'contact.updated',
            entityType: 'contact',
            entityId: id,
            summary: `Contact "${contact.name}" updated: ${changed.join(', ')}`,
            changes: {
              before: pick(fieldsOf(before), changed),
              after: pick(fields, changed),
            },
          },
          tx,
        );
      }
      return toView(contact);
    });
  }

  async remove(user: TAuthUser, id: string): Promise<void> {
    await this.database.prisma.$transaction(async (tx) => {
      const contact = await this.load(tx, user.tenant.id, id);
      await tx.contact.delete({ where: { id: contact.id } });
      await this.audit.record(
        user,
        {
          action: 'contact.deleted',
          entityType: 'contact',
          entityId: id,
          summary: `Contact "${contact.name}" deleted`,
          changes: { ...fieldsOf(contact) },
        },
        tx,
      );
    });
  }

  /**
   * One batch of an import file, in one transaction: valid rows stored (created, or merged into the
   * contact with the same email, or the same name and a number in common), invalid rows reported.
   */
  async import(user: TAuthUser, request: TContactImportRequestParsed): Promise<TContactImportResult> {
    if (request.dryRun) return this.runImport(this.database.prisma, user, request);
    return this.database.prisma.$transaction((tx) => this.runImport(tx, user, request), {
      timeout: IMPORT_TRANSACTION_TIMEOUT_MS,
      maxWait: IMPORT_TRANSACTION_TIMEOUT_MS,
    });
  }

  private async runImport(
    tx: Prisma.TransactionClient,
    user: TAuthUser,
    { rows, dryRun }: TContactImportRequestParsed,
  ): Promise<TContactImportResult> {
    const tenantId = user.tenant.id;
    const country = this.config.defaultPhoneCountry;
    const checked = rows.map((row) => ({ row: row.row, check: checkImportRow(row, country) }));
    const valid = checked.flatMap(({ check }) => (check.ok ? [check.contact] : []));

    const emails = [...new Set(valid.flatMap((contact) => (contact.email ? [contact.email] : [])))];
    const phonesWithoutEmail = [
      ...new Set(valid.flatMap((contact) => (contact.email ? [] : contact.phones))),
    ];
    const emailIds = await this.idsWithEmail(tx, tenantId, emails);
    const [byEmail, byPhone] = await Promise.all([
      emailIds.length
        ? tx.contact.findMany({
            where: { id: { in: emailIds } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          })
        : [],
      // Same name is checked below; the number alone finds the candidates through its index.
      phonesWithoutEmail.length
        ? tx.contact.findMany({
            where: { tenantId, phones: { hasSome: phonesWithoutEmail } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          })
        : [],
    ]);

    const targets: ImportTarget[] = [];
    const targetByEmail = new Map<string, ImportTarget>();
    const remember = (target: ImportTarget) => {
      targets.push(target);
      const email = target.fields.email?.toLowerCase();
      if (email && !targetByEmail.has(email)) targetByEmail.set(email, target);
    };
    for (const contact of [...byEmail, ...byPhone]) {
      if (targets.some((target) => target.id === contact.id)) continue;
      remember({ id: contact.id, stored: true, original: fieldsOf(contact), fields: fieldsOf(contact) });
    }

    const results: TContactImportRowResult[] = [];
    for (const { row, check } of checked) {
      if (!check.ok) {
        results.push({ row, status: 'error', contactId: null, issues: check.issues });
        continue;
      }
      const incoming = check.contact;
      const match = incoming.email
        ? targetByEmail.get(incoming.email)
        : targets.find((target) => samePerson(target.fields, incoming));
      if (!match) {
        const target: ImportTarget = {
          id: randomUUID(),
          stored: false,
          original: incoming,
          fields: incoming,
        };
        remember(target);
        results.push({ row, status: 'created', contactId: dryRun ? null : target.id, issues: [] });
        continue;
      }
      const merged = mergeImported(match.fields, incoming);
      if (!merged.ok) {
        results.push({ row, status: 'error', contactId: null, issues: merged.issues });
        continue;
      }
      match.fields = merged.fields;
      const contactId = match.stored || !dryRun ? match.id : null;
      results.push({ row, status: merged.changed ? 'updated' : 'unchanged', contactId, issues: [] });
    }

    const counts = {
      created: results.filter((result) => result.status === 'created').length,
      updated: results.filter((result) => result.status === 'updated').length,
      unchanged: results.filter((result) => result.status === 'unchanged').length,
      rejected: results.filter((result) => result.status === 'error').length,
    };

    if (!dryRun) {
      const created = targets.filter((target) => !target.stored);
      if (created.length) {
        await tx.contact.createMany({
          data: created.map((target) => ({ id: target.id, tenantId, ...target.fields })),
        });
      }
      for (const target of targets) {
        if (target.stored && changedFields(target.original, target.fields).length) {
          await tx.contact.update({ where: { id: target.id }, data: target.fields });
        }
      }
      const first = rows[0]?.row;
      const last = rows.at(-1)?.row;
      await this.audit.record(
        user,
        {
          action: 'contact.imported',
          entityType: 'contact',
          summary:
            `Contacts imported (rows ${first}–${last}): ${counts.created} created, ${counts.updated} updated, ` +
            `${counts.unchanged} unchanged, ${counts.rejected} rejected`,
          changes: { ...counts, rows: rows.length, firstRow: first ?? null, lastRow: last ?? null },
        },
        tx,
      );
    }

    return { dryRun, ...counts, rows: results };
  }

  private checked(input: TContactInputParsed): ContactFields {
    const check = checkContactInput(input, this.config.defaultPhoneCountry);
    if (!check.ok) throw new RequestValidationException(check.issues);
    return check.contact;
  }

  private searchFilter(q: string | undefined): Prisma.ContactWhereInput {
    if (!q) return {};
    const phone = phoneSearchTerm(q, this.config.defaultPhoneCountry);
    const text = likeLiteral(q);
    return {
      OR: [
        { name: { contains: text, mode: 'insensitive' } },
        { company: { contains: text, mode: 'insensitive' } },
        { email: { contains: text, mode: 'insensitive' } },
        ...(phone ? [{ phones: { has: phone } }] : []),
      ],
    };
  }

  private load(tx: Prisma.TransactionClient, tenantId: string, id: string): Promise<Contact> {
    return findOr404(id, () => tx.contact.findFirst({ where: { id, tenantId } }), 'No such contact');
  }

  /** Imports find a contact by its email, so two contacts of a tenant never share one. */
  private async assertEmailFree(
    tx: Prisma.TransactionClient,
    tenantId: string,
    email: string | null,
    exceptId: string | null,
  ): Promise<void> {
    if (!email) return;
    const ids = (await this.idsWithEmail(tx, tenantId, [email])).filter((id) => id !== exceptId);
    if (!ids.length) return;
    const other = await tx.contact.findUniqueOrThrow({ where: { id: ids[0] }, select: { name: true } });
    throw new FieldConflictException([
      { path: 'email', message: `Contact "${other.name}" already has the email ${email}` },
    ]);
  }

  /**
   * The tenant's contacts with one of these emails, in any case. `lower() = ANY` rather than Prisma's
   * insensitive `in` (ILIKE ANY: a second per batch of 500 on 10,000 contacts, and `_` is a wildcard).
   */
  private async idsWithEmail(
    tx: Prisma.TransactionClient,
    tenantId: string,
    emails: string[],
  ): Promise<string[]> {
    if (!emails.length) return [];
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Contact"
      WHERE "tenantId" = ${tenantId}::uuid AND lower(email) = ANY(${emails.map((email) => email.toLowerCase())}::text[])`;
    return rows.map((row) => row.id);
  }
}

function fieldsOf(contact: Contact): ContactFields {
  return {
    name: contact.name,
    company: contact.company,
    email: contact.email,
    phones: contact.phones,
    notes: contact.notes,
  };
}

function pick(
  fields: ContactFields,
  keys: (keyof ContactFields)[],
): Record<string, string | string[] | null> {
  return Object.fromEntries(keys.map((key) => [key, fields[key]]));
}

function toView(contact: Contact): TContactView {
  return {
    ...fieldsOf(contact),
    id: contact.id,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}
