import { MIN_PASSWORD_LENGTH } from '@screenpop/db';
import { USER_PASSWORD_MIN_LENGTH } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { describeUserChanges } from './user-changes.js';

describe('describeUserChanges', () => {
  it('says each change in one line, in a fixed order', () => {
    expect(
      describeUserChanges({
        active: { from: true, to: false },
        role: { from: 'agent', to: 'supervisor' },
        name: { from: 'Ann', to: 'Ann Lee' },
      }),
    ).toBe('name "Ann" → "Ann Lee"; role agent → supervisor; deactivated');
  });

  it('names a reactivation and a language back to the browser’s', () => {
    expect(describeUserChanges({ active: { from: false, to: true }, locale: { from: 'fr', to: null } })).toBe(
      'reactivated; language fr → browser',
    );
  });
});

describe('password rules', () => {
  it('are the same in the contracts as in the database package', () => {
    expect(USER_PASSWORD_MIN_LENGTH).toBe(MIN_PASSWORD_LENGTH);
  });
});
