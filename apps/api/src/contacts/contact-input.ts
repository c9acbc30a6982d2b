import {
  CONTACT_MAX_PHONES,
  type TApiIssue,
  type TContactImportRow,
  type TContactInputParsed,
  toApiIssues,
  ZContactInput,
} from '@screenpop/contracts';
import { normalisePhone } from '@screenpop/db';

/** A contact ready to store: phones normalised and without duplicates. */
export interface ContactFields {
  name: string;
  company: string | null;
  email: string | null;
  phones: string[];
  notes: string | null;
}

export type Checked = { ok: true; contact: ContactFields } | { ok: false; issues: TApiIssue[] };

/**
 * Normalises each number with the default country; names each one that is not usable
 * (`phones.1`), and drops duplicates (the same number written two ways).
 */
export function normaliseContactPhones(
  phones: readonly string[],
  defaultCountry: string | undefined,
): { phones: string[]; issues: TApiIssue[] } {
  const normalised: string[] = [];
  const issues: TApiIssue[] = [];
  phones.forEach((raw, index) => {
    const phone = normalisePhone(raw, defaultCountry);
    if (phone === null) {
      issues.push({ path: `phones.${index}`, message: `"${raw.trim()}" is not a usable phone number` });
    } else if (!normalised.includes(phone)) {
      normalised.push(phone);
    }
  });
  return { phones: normalised, issues };
}

/** A contact input the schema already accepted, with its numbers checked and normalised. */
export function checkContactInput(input: TContactInputParsed, defaultCountry: string | undefined): Checked {
  const { phones, issues } = normaliseContactPhones(input.phones, defaultCountry);
  if (issues.length) return { ok: false, issues };
  return { ok: true, contact: { ...input, phones } };
}

/** One row of an import file, checked like a contact typed in the form. */
export function checkImportRow(row: TContactImportRow, defaultCountry: string | undefined): Checked {
  const phones = (row.phones ?? []).filter((phone) => phone.trim() !== '');
  const parsed = ZContactInput.safeParse({
    name: row.name ?? '',
    company: row.company,
    email: row.email,
    phones,
    notes: row.notes,
  });
  if (!parsed.success) {
    const phoneIssues = normaliseContactPhones(phones, defaultCountry).issues;
    return { ok: false, issues: [...toApiIssues(parsed.error), ...phoneIssues] };
  }
  return checkContactInput(parsed.data, defaultCountry);
}

export type Merged =
  { ok: true; fields: ContactFields; changed: boolean } | { ok: false; issues: TApiIssue[] };

/**
 * An imported row applied to the contact it matched: the name is replaced, other fields only when the
 * row has them, and its numbers are added to the contact's (an import never loses a number).
 */
export function mergeImported(existing: ContactFields, row: ContactFields): Merged {
  const phones = [...existing.phones, ...row.phones.filter((phone) => !existing.phones.includes(phone))];
  if (phones.length > CONTACT_MAX_PHONES) {
    return {
      ok: false,
      issues: [
        {
          path: 'phones',
          message: `The contact would have ${phones.length} phone numbers, more than ${CONTACT_MAX_PHONES}`,
        },
      ],
    };
  }
  const fields: ContactFields = {
    name: row.name,
    company: row.company ?? existing.company,
    email: row.email ?? existing.email,
    phones,
    notes: row.notes ?? existing.notes,
  };
  return { ok: true, fields, changed: changedFields(existing, fields).length > 0 };
}

const FIELDS = ['name', 'company', 'email', 'phones', 'notes'] as const;

/** The names of the fields that differ, for the audit log. */
export function changedFields(before: ContactFields, after: ContactFields): (keyof ContactFields)[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** The same person without an email: same name (any case) and a number in common. */
export function samePerson(
  a: Pick<ContactFields, 'name' | 'phones'>,
  b: Pick<ContactFields, 'name' | 'phones'>,
) {
  return (
    a.name.trim().toLowerCase() === b.name.trim().toLowerCase() &&
    a.phones.some((phone) => b.phones.includes(phone))
  );
}

const PHONE_LIKE = /^\+?[\d\s.\-()/]+$/;

/** The number a search stands for when it is written like one ("04 72 00 00 01" → "+33472000001"). */
export function phoneSearchTerm(q: string, defaultCountry: string | undefined): string | null {
  const trimmed = q.trim();
  if (!PHONE_LIKE.test(trimmed) || (trimmed.match(/\d/g)?.length ?? 0) < 2) return null;
  return normalisePhone(trimmed, defaultCountry);
}

/** A search as a literal in Prisma's `contains` (an ILIKE pattern): `%`, `_` and `\` match themselves. */
export function likeLiteral(q: string): string {
  return q.replace(/[\\%_]/g, '\\$&');
}
