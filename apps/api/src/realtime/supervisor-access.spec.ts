import { Logger } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { testConfig } from '../test/test-app.js';
import { SupervisorAccess } from './supervisor-access.js';

describe('SupervisorAccess', () => {
  it('allows each token of SUPERVISOR_TOKEN, and nothing else', () => {
    const access = new SupervisorAccess(
      testConfig({ SUPERVISOR_TOKEN: 'first-token-0123456789, second-token-0123456789' }),
    );
    expect(access.allows('first-token-0123456789')).toBe(true);
    expect(access.allows('second-token-0123456789')).toBe(true);
    for (const wrong of ['first-token-012345678', 'first-token-0123456789 ', '', undefined, 42]) {
      expect(access.allows(wrong)).toBe(false);
    }
  });

  it('closes supervisor access when SUPERVISOR_TOKEN is unset, saying so without showing a token', () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const access = new SupervisorAccess(testConfig());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /^SUPERVISOR_TOKEN is not set: supervisor access .* is closed until it is set$/,
    );
    expect(access.allows('')).toBe(false);
    warn.mockRestore();
  });

  it('reads a bearer token from an Authorization header', () => {
    expect(SupervisorAccess.bearerToken('Bearer abc')).toBe('abc');
    expect(SupervisorAccess.bearerToken('bearer  abc ')).toBe('abc');
    expect(SupervisorAccess.bearerToken('Basic abc')).toBeNull();
    expect(SupervisorAccess.bearerToken(undefined)).toBeNull();
  });
});
