import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  batches,
  decodeCsvBytes,
  describeIssues,
  detectMapping,
  missingColumns,
  normaliseHeader,
  parseCsv,
  rejectedRowsCsv,
  splitPhones,
  toImportRow,
} from './contact-csv';

describe('detectMapping', () => {
  it('recognises English headers', () => {
    expect(detectMapping(['Name', 'Company', 'E-mail', 'Phone', 'Notes'])).toEqual([
      'name',
      'company',
      'email',
      'phones',
      'notes',
    ]);
  });

  it('recognises French headers, accents and case aside', () => {
    expect(detectMapping(['Nom', 'Société', 'Courriel', 'Téléphones', 'Commentaires', 'Portable'])).toEqual([
      'name',
      'company',
      'email',
      'phones',
      'notes',
      'phones',
    ]);
  });

  it('leaves unknown columns for the person to map, and says what is missing', () => {
    const mapping = detectMapping(['Identifiant', 'Raison sociale', '']);
    expect(mapping).toEqual([null, 'company', null]);
    expect(missingColumns(mapping)).toEqual(['name', 'phones']);
    expect(missingColumns(['name', 'phones'])).toEqual([]);
  });

  it('compares headers without accents, case or punctuation', () => {
    expect(normaliseHeader('  Numéro de téléphone (fixe) ')).toBe('numero de telephone fixe');
  });
});

describe('toImportRow', () => {
  it('splits several numbers in one cell on ; or |', () => {
    expect(splitPhones('+33 4 72 00 00 01; 06 12 34 56 78 | 1013 ;;')).toEqual([
      '+33 4 72 00 00 01',
      '06 12 34 56 78',
      '1013',
    ]);
  });

  it('builds a row from the mapped columns, with the row number of the file', () => {
    const row = toImportRow(
      {
        row: 7,
        cells: ['Marie', 'Curie', ' Institut ', '', '0472000001|1013', '06 00 00 00 01', 'x', 'VIP'],
      },
      ['name', 'name', 'company', 'email', 'phones', 'phones', null, 'notes'],
    );
    expect(row).toEqual({
      row: 7,
      name: 'Marie Curie',
      company: 'Institut',
      email: null,
      phones: ['0472000001', '1013', '06 00 00 00 01'],
      notes: 'VIP',
    });
  });

  it('leaves out what the record lacks', () => {
    expect(toImportRow({ row: 3, cells: ['Solo'] }, ['name', 'phones'])).toEqual({
      row: 3,
      name: 'Solo',
      company: null,
      email: null,
      phones: [],
      notes: null,
    });
  });
});

describe('parseCsv', () => {
  it('reads a comma file, numbering rows as a spreadsheet does and skipping blank lines', () => {
    const parsed = parseCsv('name,phone\r\nAda,0472000001\r\n\r\n"Curie, Marie","0472000002; 1013"\r\n');
    expect(parsed.headers).toEqual(['name', 'phone']);
    expect(parsed.records).toEqual([
      { row: 2, cells: ['Ada', '0472000001'] },
      { row: 4, cells: ['Curie, Marie', '0472000002; 1013'] },
    ]);
  });

  it('guesses the semicolon of French spreadsheets', () => {
    const parsed = parseCsv('Nom;Téléphone;Société\nDupont;04 72 00 00 01;ACME\n');
    expect(parsed.headers).toEqual(['Nom', 'Téléphone', 'Société']);
    expect(parsed.records[0]?.cells).toEqual(['Dupont', '04 72 00 00 01', 'ACME']);
  });

  it('reads 10,000 rows quickly', () => {
    const lines = ['name,email,phone'];
    for (let i = 0; i < 10_000; i += 1) lines.push(`Contact ${i},c${i}@example.com,+33 6 00 ${i}`);
    const started = performance.now();
    const parsed = parseCsv(lines.join('\n'));
    const rows = parsed.records.map((record) => toImportRow(record, detectMapping(parsed.headers)));
    expect(rows).toHaveLength(10_000);
    expect(batches(rows).map((batch) => batch.length)).toEqual(Array(20).fill(500));
    expect(rows.at(-1)).toMatchObject({ row: 10_001, name: 'Contact 9999' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFNom;Société\n');
    expect(decodeCsvBytes(bytes)).toBe('Nom;Société\n');
  });

  it('falls back to Windows-1252 for older spreadsheet files', () => {
    const bytes = new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]); // "Société" in Windows-1252
    expect(decodeCsvBytes(bytes)).toBe('Société');
  });
});

describe('rejected rows', () => {
  const issues = [
    { path: 'email', message: 'Enter a valid email address' },
    { path: 'phones.0', message: '"abc" is not a usable phone number' },
  ];

  it('describes a row’s problems on one line', () => {
    expect(describeIssues(issues)).toBe(
      'email: Enter a valid email address; phones.0: "abc" is not a usable phone number',
    );
  });

  it('gives back the rejected records as they were, with the row number and errors', () => {
    const parsed = parseCsv('name,email,phone\nGood,good@example.com,0472000001\nBad,nope,abc\n');
    const csv = rejectedRowsCsv(parsed, [{ row: 3, status: 'error', contactId: null, issues }], {
      row: 'Row',
      errors: 'Errors',
    });
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['name', 'email', 'phone', 'Row', 'Errors'],
      ['Bad', 'nope', 'abc', '3', describeIssues(issues)],
    ]);
  });
});
