import { MIN_PASSWORD_LENGTH } from '@screenpop/db';
import { USER_PASSWORD_MIN_LENGTH } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { describeUserChanges, newValues, userChanges } from './user-changes.js';

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

describe('userChanges', () => {
  const stored = { name: 'Ann', role: 'agent', active: true, locale: 'fr' } as const;

  it('keeps only the fields sent with another value, and what the update writes for them', () => {
    const changes = userChanges(stored, { name: 'Ann', role: 'supervisor', active: false, locale: 'fr' });
    expect(changes).toEqual({ role: { from: 'agent', to: 'supervisor' }, active: { from: true, to: false } });
    expect(newValues(changes)).toEqual({ role: 'supervisor', active: false });
  });

  it('treats a locale sent as null (the browser’s) as a change, and one left out as none', () => {
    expect(userChanges(stored, { locale: null })).toEqual({ locale: { from: 'fr', to: null } });
    expect(userChanges(stored, { name: 'Ann Lee' })).toEqual({ name: { from: 'Ann', to: 'Ann Lee' } });
  });
});

describe('password rules', () => {
  it('are the same in the contracts as in the database package', () => {
    expect(USER_PASSWORD_MIN_LENGTH).toBe(MIN_PASSWORD_LENGTH);
  });
});
