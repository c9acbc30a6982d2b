import type { TLocale, TUserRole } from '@screenpop/contracts';

/** What an update changed, each field from its old value to its new one (as the audit log keeps it). */
export interface UserChanges {
  name?: { from: string; to: string };
  role?: { from: TUserRole; to: TUserRole };
  active?: { from: boolean; to: boolean };
  locale?: { from: string | null; to: TLocale | null };
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
