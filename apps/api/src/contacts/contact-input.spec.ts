import { describe, expect, it } from 'vitest';
import {
  changedFields,
  likeLiteral,
  checkImportRow,
  type ContactFields,
  mergeImported,
  normaliseContactPhones,
  phoneSearchTerm,
  samePerson,
} from './contact-input.js';

const contact = (overrides: Partial<ContactFields> = {}): ContactFields => ({
  name: 'Ada Lovelace',
  company: 'Analytical',
  email: 'ada@example.com',
  phones: ['+33472000001'],
  notes: null,
  ...overrides,
});

describe('normaliseContactPhones', () => {
  it('stores French numbers in E.164 whatever their format, once each', () => {
    expect(normaliseContactPhones(['04 72 00 00 01', '+33 4 72 00 00 01', '0472.00.00.02'], 'FR')).toEqual({
      phones: ['+33472000001', '+33472000002'],
      issues: [],
    });
  });

  it('keeps internal extensions as dialled', () => {
    expect(normaliseContactPhones(['1013'], 'FR').phones).toEqual(['1013']);
  });

  it('uses the configured country for national numbers', () => {
    expect(normaliseContactPhones(['(201) 555-0123'], 'US').phones).toEqual(['+12015550123']);
    expect(normaliseContactPhones(['04 72 00 00 01'], 'FR').phones).toEqual(['+33472000001']);
  });

  it('names each number that is not usable', () => {
    expect(normaliseContactPhones(['0472000001', 'call me', 'n/a'], 'FR').issues).toEqual([
      { path: 'phones.1', message: '"call me" is not a usable phone number' },
      { path: 'phones.2', message: '"n/a" is not a usable phone number' },
    ]);
  });
});

describe('checkImportRow', () => {
  it('accepts a row as read from a file, normalising email and numbers', () => {
    expect(
      checkImportRow(
        {
          row: 2,
          name: ' Ada ',
          company: '',
          email: ' ADA@Example.com ',
          phones: ['+33 4 72 00 00 01', ' '],
        },
        'FR',
      ),
    ).toEqual({
      ok: true,
      contact: {
        name: 'Ada',
        company: null,
        email: 'ada@example.com',
        phones: ['+33472000001'],
        notes: null,
      },
    });
  });

  it('reports every problem of a row, naming the field', () => {
    const check = checkImportRow(
      { row: 3, name: '', email: 'not-an-email', phones: ['0472000001', 'abc'] },
      'FR',
    );
    expect(check).toEqual({
      ok: false,
      issues: [
        { path: 'name', message: 'Enter a name' },
        { path: 'email', message: 'Enter a valid email address' },
        { path: 'phones.1', message: '"abc" is not a usable phone number' },
      ],
    });
  });

  it('needs a phone number', () => {
    expect(checkImportRow({ row: 4, name: 'Ada', phones: [''] }, 'FR')).toEqual({
      ok: false,
      issues: [{ path: 'phones', message: 'Enter at least one phone number' }],
    });
  });
});

describe('mergeImported', () => {
  it('replaces the name, fills the fields the row has and adds its numbers', () => {
    const merged = mergeImported(
      contact({ notes: 'VIP' }),
      contact({ name: 'Ada King', company: null, phones: ['+33472000002', '+33472000001'], notes: null }),
    );
    expect(merged).toEqual({
      ok: true,
      changed: true,
      fields: contact({ name: 'Ada King', phones: ['+33472000001', '+33472000002'], notes: 'VIP' }),
    });
  });

  it('says when the row changes nothing (an import sent twice)', () => {
    expect(mergeImported(contact(), contact({ company: null }))).toMatchObject({ ok: true, changed: false });
  });

  it('refuses to go over ten numbers', () => {
    const many = Array.from({ length: 9 }, (_, i) => `+3347200001${i}`);
    expect(
      mergeImported(contact({ phones: many }), contact({ phones: ['+33472000099', '+33472000098'] })),
    ).toEqual({
      ok: false,
      issues: [{ path: 'phones', message: 'The contact would have 11 phone numbers, more than 10' }],
    });
  });
});

describe('changedFields and samePerson', () => {
  it('lists the fields that differ', () => {
    expect(changedFields(contact(), contact({ email: null, phones: ['1013'] }))).toEqual(['email', 'phones']);
  });

  it('recognises the same name (any case) with a number in common', () => {
    expect(samePerson(contact(), contact({ name: 'ADA LOVELACE ', phones: ['1', '+33472000001'] }))).toBe(
      true,
    );
    expect(samePerson(contact(), contact({ phones: ['1013'] }))).toBe(false);
    expect(samePerson(contact(), contact({ name: 'Ada' }))).toBe(false);
  });
});

describe('phoneSearchTerm', () => {
  it('normalises a search written like a number', () => {
    expect(phoneSearchTerm('04 72 00 00 01', 'FR')).toBe('+33472000001');
    expect(phoneSearchTerm('+33 (0)4-72-00-00-01', 'FR')).toBe('+33472000001');
    expect(phoneSearchTerm('1013', 'FR')).toBe('1013');
  });

  it('leaves names and emails alone', () => {
    expect(phoneSearchTerm('Curie', 'FR')).toBeNull();
    expect(phoneSearchTerm('marie@example.com', 'FR')).toBeNull();
    expect(phoneSearchTerm('7', 'FR')).toBeNull();
  });
});

describe('likeLiteral', () => {
  it('makes pattern characters match themselves', () => {
    expect(likeLiteral('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(likeLiteral('Marie Curie')).toBe('Marie Curie');
  });
});
