import type { RouteOptions } from 'fastify';

/** Batch routes, whose bodies are larger than the API's general limit (BODY_LIMIT_BYTES). */
export const ROUTE_BODY_LIMITS: Readonly<Record<string, number>> = {
  // A batch of 500 Shuttle events is some 300 KB.
  '/api/shuttle/events': 512 * 1024,
  // A batch of 500 contacts with notes.
  '/api/admin/contacts/import': 4 * 1024 * 1024,
};

/** Fastify `onRoute` hook, registered before the routes: each batch route gets its own limit. */
export function routeBodyLimitHook(route: RouteOptions): void {
  const limit = ROUTE_BODY_LIMITS[route.url];
  if (limit !== undefined) route.bodyLimit = limit;
}
