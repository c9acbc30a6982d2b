import type { TDisposition, TFormField } from '@screenpop/contracts';

export interface TemplateShape {
  name: string;
  fields: readonly TFormField[];
  dispositions: readonly TDisposition[];
}

/** What an edit changed, by field key and disposition code, for the audit log. */
export interface TemplateChanges {
  name?: { from: string; to: string };
  fieldsAdded?: string[];
  fieldsRemoved?: string[];
  fieldsChanged?: string[];
  fieldsReordered?: true;
  dispositionsAdded?: string[];
  dispositionsRemoved?: string[];
  dispositionsChanged?: string[];
  dispositionsReordered?: true;
}

export function templateChanges(before: TemplateShape, after: TemplateShape): TemplateChanges {
  const changes: TemplateChanges = {};
  if (before.name !== after.name) changes.name = { from: before.name, to: after.name };
  Object.assign(
    changes,
    listChanges('fields', before.fields, after.fields, (field) => field.name),
    listChanges('dispositions', before.dispositions, after.dispositions, (item) => item.code),
  );
  return changes;
}

/** `Form template "Call report" updated: 1 field added, 2 changed`. */
export function changeSummary(name: string, changes: TemplateChanges): string {
  const parts: string[] = [];
  if (changes.name) parts.push(`renamed from "${changes.name.from}"`);
  const count = (list: string[] | undefined, noun: string, verb: string) => {
    if (list?.length) parts.push(`${list.length} ${noun}${list.length === 1 ? '' : 's'} ${verb}`);
  };
  count(changes.fieldsAdded, 'field', 'added');
  count(changes.fieldsRemoved, 'field', 'removed');
  count(changes.fieldsChanged, 'field', 'changed');
  if (changes.fieldsReordered) parts.push('fields reordered');
  count(changes.dispositionsAdded, 'disposition', 'added');
  count(changes.dispositionsRemoved, 'disposition', 'removed');
  count(changes.dispositionsChanged, 'disposition', 'changed');
  if (changes.dispositionsReordered) parts.push('dispositions reordered');
  return `Form template "${name}" updated${parts.length ? `: ${parts.join(', ')}` : ' (no change)'}`;
}

function listChanges<T>(
  prefix: 'fields' | 'dispositions',
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): TemplateChanges {
  const previous = new Map(before.map((item) => [keyOf(item), item]));
  const next = new Map(after.map((item) => [keyOf(item), item]));
  const added = [...next.keys()].filter((key) => !previous.has(key));
  const removed = [...previous.keys()].filter((key) => !next.has(key));
  const changed = [...next.keys()].filter(
    (key) => previous.has(key) && canonical(previous.get(key)) !== canonical(next.get(key)),
  );
  const keptBefore = [...previous.keys()].filter((key) => next.has(key));
  const keptAfter = [...next.keys()].filter((key) => previous.has(key));
  const reordered = keptBefore.some((key, index) => keptAfter[index] !== key);
  const changes: TemplateChanges = {};
  if (added.length) changes[`${prefix}Added`] = added;
  if (removed.length) changes[`${prefix}Removed`] = removed;
  if (changed.length) changes[`${prefix}Changed`] = changed;
  if (reordered) changes[`${prefix}Reordered`] = true;
  return changes;
}

/** JSON with sorted keys: the database does not keep the key order of stored objects. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}
