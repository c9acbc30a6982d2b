import {
  CONTACT_IMPORT_MAX_ROWS,
  type TContactImportRow,
  type TContactImportRowResult,
} from '@screenpop/contracts';
import Papa from 'papaparse';

/** The contact fields a file column can fill. */
export const CONTACT_COLUMNS = ['name', 'company', 'email', 'phones', 'notes'] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

/** For each column of the file (by position), the field it fills, or null to ignore it. */
export type ColumnMapping = (ContactColumn | null)[];

/** A file read into records: the header row, and each data record with its row number in the file. */
export interface ParsedCsv {
  headers: string[];
  records: { row: number; cells: string[] }[];
}

export const IMPORT_BATCH_SIZE = CONTACT_IMPORT_MAX_ROWS;

// Headers as people write them, in English and French, compared without case, accents or punctuation.
const HEADER_ALIASES: Record<ContactColumn, string[]> = {
  name: [
    'name',
    'full name',
    'fullname',
    'contact',
    'contact name',
    'display name',
    'first name',
    'firstname',
    'given name',
    'last name',
    'lastname',
    'surname',
    'family name',
    'nom',
    'nom complet',
    'nom du contact',
    'prenom',
    'nom de famille',
  ],
  company: [
    'company',
    'company name',
    'organisation',
    'organization',
    'business',
    'account',
    'societe',
    'entreprise',
    'organisme',
    'raison sociale',
  ],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'e mail address',
    'courriel',
    'adresse email',
    'adresse e mail',
    'adresse mail',
  ],
  phones: [
    'phone',
    'phones',
    'phone number',
    'phone numbers',
    'telephone',
    'telephones',
    'tel',
    'mobile',
    'mobile phone',
    'cell',
    'cell phone',
    'work phone',
    'home phone',
    'numero',
    'numeros',
    'numero de telephone',
    'numeros de telephone',
    'telephone fixe',
    'telephone mobile',
    'portable',
    'fixe',
    'gsm',
  ],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'description',
    'remarks',
    'commentaire',
    'commentaires',
    'remarque',
    'remarques',
  ],
};

/** "Téléphone (mobile)" → "telephone mobile": lower case, no accents, words only. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field each header stands for; unknown headers are ignored until the person maps them. */
export function detectMapping(headers: readonly string[]): ColumnMapping {
  return headers.map((header) => {
    const normalised = normaliseHeader(header);
    if (!normalised) return null;
    return CONTACT_COLUMNS.find((column) => HEADER_ALIASES[column].includes(normalised)) ?? null;
  });
}

/** The fields an import cannot do without that no column fills. */
export function missingColumns(mapping: ColumnMapping): ContactColumn[] {
  return (['name', 'phones'] as const).filter((column) => !mapping.includes(column));
}

/** Several numbers in one cell, separated by ; or | (or on several lines). */
export function splitPhones(cell: string): string[] {
  return cell
    .split(/[;|\n\r]+/)
    .map((phone) => phone.trim())
    .filter((phone) => phone !== '');
}

/**
 * One record as an import row: several columns mapped to the name are joined with a space (first
 * and last name), notes with a new line, numbers from every phone column kept; empty cells left out.
 */
export function toImportRow(
  record: { row: number; cells: readonly string[] },
  mapping: ColumnMapping,
): TContactImportRow {
  const parts: Record<ContactColumn, string[]> = { name: [], company: [], email: [], phones: [], notes: [] };
  mapping.forEach((column, index) => {
    const cell = (record.cells[index] ?? '').trim();
    if (!column || cell === '') return;
    if (column === 'phones') parts.phones.push(...splitPhones(cell));
    else parts[column].push(cell);
  });
  return {
    row: record.row,
    name: parts.name.join(' ') || null,
    company: parts.company[0] ?? null,
    email: parts.email[0] ?? null,
    phones: parts.phones,
    notes: parts.notes.join('\n') || null,
  };
}

/** Bytes of a file as text: UTF-8 (its BOM dropped), or Windows-1252 for the files older spreadsheets save. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return utf8;
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * The header row and the records of a CSV (comma, semicolon or tab, guessed). Row numbers count the
 * header as row 1, as a spreadsheet shows them; blank lines are skipped but keep their numbers.
 */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const [headerCells = [], ...rest] = result.data;
  const headers = headerCells.map((header) => header.trim());
  const records = rest
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { headers, records };
}

/** Rows in batches of `size` (the API takes 500 at a time). */
export function batches<T>(rows: readonly T[], size = IMPORT_BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** A row's problems on one line: `email: Enter a valid email address; phones.1: "x" is not…`. */
export function describeIssues(issues: TContactImportRowResult['issues']): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

/**
 * The rejected rows as a CSV to fix and import again: the file's own columns, then the row number
 * and the errors.
 */
export function rejectedRowsCsv(
  parsed: ParsedCsv,
  rejected: readonly TContactImportRowResult[],
  labels: { row: string; errors: string },
): string {
  const byRow = new Map(parsed.records.map((record) => [record.row, record.cells]));
  const data = rejected.map((result) => [
    ...parsed.headers.map((_, index) => byRow.get(result.row)?.[index] ?? ''),
    String(result.row),
    describeIssues(result.issues),
  ]);
  return Papa.unparse({ fields: [...parsed.headers, labels.row, labels.errors], data });
}
