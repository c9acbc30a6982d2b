import { describe, expect, it } from 'vitest';
import { isOrigin, issueFor, originIssues, originsToSave, secretChanges } from './integration-forms';

describe('isOrigin', () => {
  it('accepts scheme://host[:port] and blank rows', () => {
    expect(isOrigin('https://xuc.example.com')).toBe(true);
    expect(isOrigin('http://10.0.0.5:8080/')).toBe(true);
    expect(isOrigin('  ')).toBe(true);
  });

  it('refuses a path, a query, another scheme or no scheme', () => {
    expect(isOrigin('https://xuc.example.com/xuc')).toBe(false);
    expect(isOrigin('https://xuc.example.com?x=1')).toBe(false);
    expect(isOrigin('ftp://xuc.example.com')).toBe(false);
    expect(isOrigin('xuc.example.com')).toBe(false);
  });
});

describe('originsToSave', () => {
  it('trims and drops blank rows', () => {
    expect(originsToSave([' https://a.example ', '', '  ', 'https://b.example'])).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});

describe('originIssues', () => {
  it('maps the API issues to rows and ignores other fields', () => {
    expect(
      originIssues([
        { path: 'settings.allowedOrigins.2', message: 'bad' },
        { path: 'settings.allowedOrigins.2', message: 'second' },
        { path: 'settings', message: 'other' },
      ]),
    ).toEqual({ 2: 'bad' });
    expect(originIssues(undefined)).toEqual({});
  });
});

describe('secretChanges', () => {
  it('sends typed values, null for secrets to clear, and leaves the rest out', () => {
    expect(secretChanges({ apiPassword: 'new', webhookSecret: '' }, new Set(['webhookSecret']))).toEqual({
      apiPassword: 'new',
      webhookSecret: null,
    });
    expect(secretChanges({ apiPassword: '' }, new Set())).toEqual({});
  });

  it('lets a typed value win over clearing', () => {
    expect(secretChanges({ apiPassword: 'typed' }, new Set(['apiPassword']))).toEqual({
      apiPassword: 'typed',
    });
  });
});

describe('issueFor', () => {
  it('finds the message of one field', () => {
    expect(issueFor([{ path: 'settings.pbxUrl', message: 'Expected an address' }], 'settings.pbxUrl')).toBe(
      'Expected an address',
    );
    expect(issueFor([], 'settings.pbxUrl')).toBeNull();
  });
});
