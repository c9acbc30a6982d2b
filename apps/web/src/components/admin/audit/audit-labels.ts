/**
 * The message key naming an action (`user.created` → `actions.user.created`) or an entity type, when the
 * value is shaped like one; the log shows the raw value for anything its messages do not know.
 */
export function actionKey(action: string): string | null {
  return /^[a-z][a-z_]*\.[a-z][a-z_]*$/.test(action) ? `actions.${action}` : null;
}

export function entityTypeKey(entityType: string): string | null {
  return /^[a-z][a-z_]*$/.test(entityType) ? `entityTypes.${entityType}` : null;
}

/** Where the back office shows an entity, for the ones that have a page of their own. */
export function entityHref(entityType: string, entityId: string | null): string | null {
  if (!entityId) return null;
  return entityType === 'user' ? `/admin/users/${encodeURIComponent(entityId)}` : null;
}
