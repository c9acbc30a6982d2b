import { xivoSampleRequest } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { tokenDigest, xucTokenTimes } from './login-token.js';

const jwt = (claims: unknown) =>
  `eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('xucTokenTimes', () => {
  it("reads issuedAt and expiresAt (epoch seconds) from the seed's sample token", () => {
    expect(xucTokenTimes(xivoSampleRequest.user.token)).toEqual({
      issuedAt: new Date('2024-08-27T12:56:10.000Z'),
      expiresAt: new Date('2024-08-27T13:56:10.000Z'),
    });
  });

  it('accepts the registered iat and exp claims, and leaves absent times null', () => {
    expect(xucTokenTimes(jwt({ iat: 1_700_000_000, exp: '1700003600' }))).toEqual({
      issuedAt: new Date('2023-11-14T22:13:20.000Z'),
      expiresAt: new Date('2023-11-14T23:13:20.000Z'),
    });
    expect(xucTokenTimes(jwt({ login: 'jbond' }))).toEqual({ issuedAt: null, expiresAt: null });
    expect(xucTokenTimes(jwt({ iat: 'yesterday', exp: -1 }))).toEqual({ issuedAt: null, expiresAt: null });
  });

  it('refuses a payload that is not base64url JSON of an object', () => {
    expect(xucTokenTimes('abc.def.ghi')).toBeNull();
    expect(xucTokenTimes(`a.${Buffer.from('[1,2]').toString('base64url')}.c`)).toBeNull();
    expect(xucTokenTimes(`a.${Buffer.from('null').toString('base64url')}.c`)).toBeNull();
    expect(xucTokenTimes('no-dots')).toBeNull();
  });
});

describe('tokenDigest', () => {
  it('is a SHA-256 hex digest that does not contain the token', () => {
    const digest = tokenDigest(xivoSampleRequest.user.token);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(tokenDigest(xivoSampleRequest.user.token));
    expect(digest).not.toBe(tokenDigest(`${xivoSampleRequest.user.token}x`));
  });
});
