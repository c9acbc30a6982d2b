import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@screenpop/db';
import { expect } from 'vitest';
import { signInAs } from './sessions.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A route to knock on: method, url, and the body it would take. */
export type RouteCall = readonly [method: Method, url: string, payload?: object];

/**
 * Every route answers 401 without a session and 403 to a supervisor and an agent of the tenant: the
 * back office is for administrators only.
 */
export async function expectAdminOnly(
  app: NestFastifyApplication,
  database: Database,
  tenantId: string,
  routes: readonly RouteCall[],
): Promise<void> {
  const supervisor = await signInAs(app, database, 'supervisor', tenantId);
  const agent = await signInAs(app, database, 'agent', tenantId);
  const answers: string[] = [];
  for (const [method, url, payload] of routes) {
    const codes: number[] = [];
    for (const headers of [{}, supervisor.headers, agent.headers]) {
      const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      codes.push(response.statusCode);
    }
    answers.push(`${method} ${url} → ${codes.join(', ')}`);
  }
  expect(answers).toEqual(routes.map(([method, url]) => `${method} ${url} → 401, 403, 403`));
}

/** The fields a 400 names, A to Z. */
export function issuePaths(body: { issues?: { path: string }[] }): string[] {
  return (body.issues ?? []).map((issue) => issue.path).sort();
}
