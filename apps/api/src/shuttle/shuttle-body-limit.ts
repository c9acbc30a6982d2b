import type { RouteOptions } from 'fastify';

export const SHUTTLE_EVENTS_ROUTE = '/api/shuttle/events';

/** A batch of 500 events is some 300 KB, over the API's general body limit. */
export const SHUTTLE_EVENTS_BODY_LIMIT_BYTES = 512 * 1024;

/** Fastify `onRoute` hook: the Shuttle batch route gets its own body limit. */
export function shuttleBodyLimitHook(route: RouteOptions): void {
  if (route.url === SHUTTLE_EVENTS_ROUTE) route.bodyLimit = SHUTTLE_EVENTS_BODY_LIMIT_BYTES;
}
