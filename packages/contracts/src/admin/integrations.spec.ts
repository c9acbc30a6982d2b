import { describe, expect, it } from 'vitest';
import { ZOrigin, ZVodiaIntegrationUpdate, ZXivoSettings } from './integrations.js';

describe('ZOrigin', () => {
  it('keeps scheme://host[:port], lower-cased, without a trailing slash or a default port', () => {
    expect(ZOrigin.parse(' HTTPS://Xuc.Example.com/ ')).toBe('https://xuc.example.com');
    expect(ZOrigin.parse('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
    expect(ZOrigin.parse('https://xuc.example.com:443')).toBe('https://xuc.example.com');
  });

  it.each([
    'https://xuc.example.com/xuc',
    'https://xuc.example.com/?a=1',
    'ftp://xuc.example.com',
    'xuc.example.com',
    'https://user:pw@xuc.example.com',
    '*',
  ])('refuses %s, quoting it', (value) => {
    const result = ZOrigin.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('is not an origin');
  });
});

describe('ZXivoSettings', () => {
  it('drops duplicates once normalised', () => {
    expect(ZXivoSettings.parse({ allowedOrigins: ['https://a.example/', 'https://A.example'] })).toEqual({
      allowedOrigins: ['https://a.example'],
    });
  });
});

describe('ZVodiaIntegrationUpdate', () => {
  it('tells a secret to keep (absent), to clear (null) and to replace (a value)', () => {
    expect(ZVodiaIntegrationUpdate.parse({ settings: {}, secrets: { apiPassword: null } })).toEqual({
      settings: { pbxUrl: null, tenantDomain: null },
      secrets: { apiPassword: null },
    });
    expect(ZVodiaIntegrationUpdate.parse({ settings: {} }).secrets).toEqual({});
  });

  it('refuses unknown secret names and empty values', () => {
    const result = ZVodiaIntegrationUpdate.safeParse({
      settings: {},
      secrets: { apiPassword: '', other: 'x' },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'secrets',
      'secrets.apiPassword',
    ]);
  });
});
