import { type TApiIssue, ZOrigin } from '@screenpop/contracts';

/** Whether the text is an origin the API accepts (scheme://host[:port], no path); blank rows are ignored. */
export function isOrigin(value: string): boolean {
  return value.trim() === '' || ZOrigin.safeParse(value).success;
}

/** The rows to send: trimmed, blanks dropped. */
export function originsToSave(rows: readonly string[]): string[] {
  return rows.map((row) => row.trim()).filter(Boolean);
}

/** The API's messages about `settings.allowedOrigins.<n>`, by row. */
export function originIssues(issues: readonly TApiIssue[] | undefined): Record<number, string> {
  const byRow: Record<number, string> = {};
  for (const issue of issues ?? []) {
    const match = /^settings\.allowedOrigins\.(\d+)$/.exec(issue.path);
    if (match) byRow[Number(match[1])] ??= issue.message;
  }
  return byRow;
}

/**
 * The secrets part of a save: a value typed replaces the secret, a secret marked for clearing is sent as
 * null, anything else is left out (kept as stored). Typing a value wins over clearing.
 */
export function secretChanges(
  typed: Readonly<Record<string, string>>,
  clearing: ReadonlySet<string>,
): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(typed)) if (value !== '') changes[name] = value;
  for (const name of clearing) if (!(name in changes)) changes[name] = null;
  return changes;
}

/** The API's message for a field (`settings.pbxUrl`, `secrets.apiPassword`), if it named it. */
export function issueFor(issues: readonly TApiIssue[] | undefined, path: string): string | null {
  return issues?.find((issue) => issue.path === path)?.message ?? null;
}
