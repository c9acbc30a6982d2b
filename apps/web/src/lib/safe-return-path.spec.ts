import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it('keeps a path of this site', () => {
    expect(safeReturnPath('/admin/rules?page=2')).toBe('/admin/rules?page=2');
    expect(safeReturnPath('/live')).toBe('/live');
  });

  it('refuses other sites and loops back to sign-in', () => {
    expect(safeReturnPath('//evil.example/x')).toBe('/admin');
    expect(safeReturnPath('https://evil.example/')).toBe('/admin');
    expect(safeReturnPath('/\\evil.example')).toBe('/admin');
    expect(safeReturnPath('/login?next=/x')).toBe('/admin');
    expect(safeReturnPath(null, '/live')).toBe('/live');
  });
});
