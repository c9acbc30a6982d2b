import { z } from 'zod';
import { ZApiIssue } from '../common/api-error.js';
import { ZPage, ZPageQuery } from './paging.js';

export const CONTACT_MAX_PHONES = 10;
export const CONTACT_IMPORT_MAX_ROWS = 500;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * A number as a person typed it. Whether it is usable (it normalises to E.164 or to digits, with the
 * server's DEFAULT_PHONE_COUNTRY) is checked by the API, which names the bad one (`phones.1`).
 */
export const ZContactPhoneInput = z
  .string()
  .trim()
  .min(1, 'Enter a phone number or remove this line')
  .max(40, 'At most 40 characters');

/** POST /api/admin/contacts and PUT /api/admin/contacts/:id. */
export const ZContactInput = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(200, 'At most 200 characters'),
  company: optionalText(200),
  email: z
    .string()
    .trim()
    .max(320, 'At most 320 characters')
    .nullish()
    .transform((value) => (value ? value.toLowerCase() : null))
    .pipe(z.email('Enter a valid email address').nullable()),
  phones: z
    .array(ZContactPhoneInput)
    .min(1, 'Enter at least one phone number')
    .max(CONTACT_MAX_PHONES, `At most ${CONTACT_MAX_PHONES} phone numbers`),
  notes: optionalText(5000),
});
export type TContactInput = z.input<typeof ZContactInput>;
export type TContactInputParsed = z.output<typeof ZContactInput>;

/** A contact as the back office shows it; `phones` are stored normalised (E.164 when they parse). */
export const ZContactView = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phones: z.array(z.string()),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TContactView = z.infer<typeof ZContactView>;

/** GET /api/admin/contacts: `q` matches name, company, email, or a phone number in any format. */
export const ZContactListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200, 'At most 200 characters').optional(),
});
export type TContactListQuery = z.infer<typeof ZContactListQuery>;

export const ZContactPage = ZPage(ZContactView);
export type TContactPage = z.infer<typeof ZContactPage>;

/**
 * One row of an import file, as read: checked row by row by the API (a bad row is reported, not a 400
 * for the whole batch). `row` is its line number in the file, so errors point at it.
 */
export const ZContactImportRow = z.object({
  row: z.number().int().min(1),
  name: z.string().max(10_000).nullish(),
  company: z.string().max(10_000).nullish(),
  email: z.string().max(10_000).nullish(),
  phones: z.array(z.string().max(10_000)).max(100).default([]),
  notes: z.string().max(20_000).nullish(),
});
export type TContactImportRow = z.input<typeof ZContactImportRow>;

/**
 * POST /api/admin/contacts/import: one batch of rows, stored in one transaction (valid rows stored,
 * invalid ones reported). A row whose email is an existing contact's updates it (numbers are added to
 * its own); without an email, a contact with the same name and one of the numbers is the same person.
 * `dryRun` checks and reports without storing anything.
 */
export const ZContactImportRequest = z.object({
  dryRun: z.boolean().default(false),
  rows: z
    .array(ZContactImportRow)
    .min(1, 'Send at least one row')
    .max(CONTACT_IMPORT_MAX_ROWS, `At most ${CONTACT_IMPORT_MAX_ROWS} rows per batch`),
});
export type TContactImportRequest = z.input<typeof ZContactImportRequest>;
export type TContactImportRequestParsed = z.output<typeof ZContactImportRequest>;

export const ZContactImportRowStatus = z.enum(['created', 'updated', 'unchanged', 'error']);
export type TContactImportRowStatus = z.infer<typeof ZContactImportRowStatus>;

/** What became of one row; `issues` name the field (`email`, `phones.1`) when `status` is `error`. */
export const ZContactImportRowResult = z.object({
  row: z.number().int(),
  status: ZContactImportRowStatus,
  contactId: z.string().nullable(),
  issues: z.array(ZApiIssue),
});
export type TContactImportRowResult = z.infer<typeof ZContactImportRowResult>;

export const ZContactImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  rows: z.array(ZContactImportRowResult),
});
export type TContactImportResult = z.infer<typeof ZContactImportResult>;
