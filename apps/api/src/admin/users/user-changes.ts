import type { TLocale, TUserRole, TUserUpdateRequest } from '@screenpop/contracts';

/** What an update changed, each field from its old value to its new one (as the audit log keeps it). */
export interface UserChanges {
  name?: { from: string; to: string };
  role?: { from: TUserRole; to: TUserRole };
  active?: { from: boolean; to: boolean };
  locale?: { from: string | null; to: TLocale | null };
}

type Change<K extends keyof UserChanges> = NonNullable<UserChanges[K]>;
type Stored = { [K in keyof UserChanges]-?: Change<K>['from'] };

const EDITABLE = ['name', 'role', 'active', 'locale'] as const satisfies readonly (keyof UserChanges)[];

/** The fields the request sets to another value than the stored one; a field left out is kept. */
export function userChanges(before: Stored, body: TUserUpdateRequest): UserChanges {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of EDITABLE) {
    const to = body[key];
    if (to !== undefined && to !== before[key]) changes[key] = { from: before[key], to };
  }
  return changes as UserChanges;
}

/** The changed fields' new values, as the update writes them. */
export function newValues(changes: UserChanges): { [K in keyof UserChanges]?: Change<K>['to'] } {
  return Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.to]));
}

/** One line for the audit log: `role agent → supervisor; deactivated`. */
export function describeUserChanges(changes: UserChanges): string {
  const parts: string[] = [];
  if (changes.name) parts.push(`name "${changes.name.from}" → "${changes.name.to}"`);
  if (changes.role) parts.push(`role ${changes.role.from} → ${changes.role.to}`);
  if (changes.active) parts.push(changes.active.to ? 'reactivated' : 'deactivated');
  if (changes.locale)
    parts.push(`language ${changes.locale.from ?? 'browser'} → ${changes.locale.to ?? 'browser'}`);
  return parts.join('; ');
}
