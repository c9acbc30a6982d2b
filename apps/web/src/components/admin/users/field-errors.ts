import type { ApiResult } from '@/lib/api-client';

export interface FormErrors<F extends string> {
  /** A message per field the API named (400 issues, or a 409 whose message starts with `field: `). */
  fields: Partial<Record<F, string>>;
  /** What to show above the form: the message no field explains. */
  form: string | null;
}

/** Splits a failed call's error between the form's fields and the form itself. */
export function formErrors<F extends string>(
  result: Extract<ApiResult<unknown>, { ok: false }>,
  fields: readonly F[],
): FormErrors<F> {
  const known = new Set<string>(fields);
  const named: Partial<Record<F, string>> = {};
  const others: string[] = [];
  for (const issue of result.error?.issues ?? []) {
    if (known.has(issue.path)) named[issue.path as F] ??= issue.message;
    else others.push(issue.path === '(root)' ? issue.message : `${issue.path}: ${issue.message}`);
  }
  if (!result.error?.issues?.length) {
    const prefixed = /^([A-Za-z][\w.]*): (.+)$/s.exec(result.message);
    if (prefixed && known.has(prefixed[1]!)) named[prefixed[1] as F] = prefixed[2]!;
    else others.push(result.message);
  }
  return { fields: named, form: others.length ? others.join(' ') : null };
}
