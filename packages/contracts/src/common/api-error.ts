import { z } from 'zod';

/** One problem with a request: `path` names the field (dotted, e.g. `user.agentId`). */
export const ZApiIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type TApiIssue = z.infer<typeof ZApiIssue>;

/** Every 4xx/5xx answer of the API has this shape. */
export const ZApiError = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  issues: z.array(ZApiIssue).optional(),
});
export type TApiError = z.infer<typeof ZApiError>;

/** Dotted path of a zod issue, `(root)` for the whole body. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

export function toApiIssues(error: z.ZodError): TApiIssue[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}
