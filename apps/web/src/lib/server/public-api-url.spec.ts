import { describe, expect, it } from 'vitest';
import { publicApiUrl } from './public-api-url';

describe('publicApiUrl', () => {
  it('defaults to the API on the same machine', () => {
    expect(publicApiUrl(undefined)).toBe('http://localhost:3001');
    expect(publicApiUrl('  ')).toBe('http://localhost:3001');
  });

  it('keeps a path prefix and drops the trailing slash', () => {
    expect(publicApiUrl('https://pbx.example.com/screenpop/')).toBe('https://pbx.example.com/screenpop');
    expect(publicApiUrl('http://127.0.0.1:3101')).toBe('http://127.0.0.1:3101');
  });

  it('refuses what a browser could not connect to', () => {
    expect(() => publicApiUrl('api:3001/x')).toThrow(/http\(s\)/);
    expect(() => publicApiUrl('not a url')).toThrow(/absolute URL/);
  });
});
