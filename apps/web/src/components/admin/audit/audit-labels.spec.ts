import { describe, expect, it } from 'vitest';
import { actionKey, entityHref, entityTypeKey } from './audit-labels';

describe('audit labels', () => {
  it('turns an action into its nested message key, and refuses what cannot be one', () => {
    expect(actionKey('user.identity_linked')).toBe('actions.user.identity_linked');
    expect(actionKey('user')).toBeNull();
    expect(actionKey('user.created.twice')).toBeNull();
    expect(actionKey('User Created')).toBeNull();
  });

  it('turns an entity type into its message key', () => {
    expect(entityTypeKey('integration_token')).toBe('entityTypes.integration_token');
    expect(entityTypeKey('a.b')).toBeNull();
  });

  it('links users to their page, and nothing else', () => {
    expect(entityHref('user', 'f0e1')).toBe('/admin/users/f0e1');
    expect(entityHref('user', null)).toBeNull();
    expect(entityHref('rule', 'f0e1')).toBeNull();
  });
});
