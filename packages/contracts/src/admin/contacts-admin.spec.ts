import { describe, expect, it } from 'vitest';
import { ZContactImportRequest, ZContactInput, ZContactListQuery } from './contacts-admin.js';

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('ZContactInput', () => {
  it('trims, lower-cases the email and turns empty optional fields into null', () => {
    expect(
      ZContactInput.parse({
        name: ' Ada ',
        company: ' ',
        email: ' Ada@Example.COM ',
        phones: [' 1013 '],
        notes: '',
      }),
    ).toEqual({ name: 'Ada', company: null, email: 'ada@example.com', phones: ['1013'], notes: null });
  });

  it('needs a name and one to ten numbers, and a valid email when there is one', () => {
    expect(paths(ZContactInput.safeParse({ name: '', phones: [] }))).toEqual(['name', 'phones']);
    expect(paths(ZContactInput.safeParse({ name: 'A', phones: Array(11).fill('1013') }))).toEqual(['phones']);
    expect(paths(ZContactInput.safeParse({ name: 'A', email: 'nope', phones: ['1013', ' '] }))).toEqual([
      'email',
      'phones.1',
    ]);
  });
});

describe('ZContactImportRequest', () => {
  it('takes rows as read (checked one by one by the API), at most 500', () => {
    const parsed = ZContactImportRequest.parse({ rows: [{ row: 2, name: '', email: 'not checked here' }] });
    expect(parsed).toEqual({
      dryRun: false,
      rows: [{ row: 2, name: '', email: 'not checked here', phones: [] }],
    });
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ row: i + 2 }));
    expect(paths(ZContactImportRequest.safeParse({ rows: tooMany }))).toEqual(['rows']);
    expect(paths(ZContactImportRequest.safeParse({ rows: [{ name: 'A' }] }))).toEqual(['rows.0.row']);
  });
});

describe('ZContactListQuery', () => {
  it('reads paging from the query string', () => {
    expect(ZContactListQuery.parse({ q: ' curie ', page: '2' })).toEqual({
      q: 'curie',
      page: 2,
      pageSize: 25,
    });
  });
});
