import { afterEach, describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.js';

describe('normalisePhone', () => {
  const savedCountry = process.env.DEFAULT_PHONE_COUNTRY;
  afterEach(() => {
    if (savedCountry === undefined) delete process.env.DEFAULT_PHONE_COUNTRY;
    else process.env.DEFAULT_PHONE_COUNTRY = savedCountry;
  });

  it.each([
    ['01 23 45 67 89', '+33123456789'],
    ['01.23.45.67.89', '+33123456789'],
    ['0123456789', '+33123456789'],
    ['06-12-34-56-78', '+33612345678'],
    ['+33 1 23 45 67 89', '+33123456789'],
    ['+33 (0)1 23 45 67 89', '+33123456789'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['0033123456789', '+33123456789'],
  ])('turns the French number %j into %j', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it('keeps international numbers of other countries in E.164', () => {
    expect(normalisePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalisePhone('+49 30 901820')).toBe('+4930901820');
    expect(normalisePhone('00 32 2 555 12 12')).toBe('+3225551212');
  });

  it('keeps internal extensions as dialled', () => {
    expect(normalisePhone('1013')).toBe('1013');
    expect(normalisePhone(' 3001 ')).toBe('3001');
    expect(normalisePhone('+1013')).toBe('+1013');
  });

  it('reads national numbers for the configured country', () => {
    expect(normalisePhone('020 7946 0958', 'GB')).toBe('+442079460958');
    process.env.DEFAULT_PHONE_COUNTRY = 'BE';
    expect(normalisePhone('02 555 12 12')).toBe('+3225551212');
  });

  it('falls back to France for an unknown country code', () => {
    expect(normalisePhone('01 23 45 67 89', 'XX')).toBe('+33123456789');
  });

  it.each([null, undefined, '', '   ', 'anonymous', 'unknown caller', 'sip:1013@pbx', '+', '12 34 ab'])(
    'returns null for %j',
    (raw) => {
      expect(normalisePhone(raw)).toBeNull();
    },
  );
});
