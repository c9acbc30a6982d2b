import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { roleAllows, type TUserRole } from '@screenpop/contracts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../test/sessions.js';
import { TEST_SUPERVISOR_TOKEN } from '../test/supervisor-socket.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { ACCESS, type RouteAccess } from './access.decorators.js';

/** The routes anyone may call, by design: the platforms' intakes, the per-call form, health, sign-in. */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'POST /api/xivo/thirdparty',
  'OPTIONS /api/xivo/thirdparty',
  'GET /api/xivo/login',
  'POST /api/shuttle/events',
  'GET /api/forms/:id',
  'POST /api/forms/:id/open',
  'PATCH /api/forms/:id',
  'POST /api/forms/:id/complete',
  'POST /api/auth/login',
  'POST /api/auth/logout',
].sort();

interface Route {
  method: string;
  path: string;
  access: RouteAccess | undefined;
}

/** Every route of every controller, read from Nest's own metadata: what the router serves. */
function routeTable(app: NestFastifyApplication): Route[] {
  const reflector = app.get(Reflector);
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        routes.push({
          method: RequestMethod[method]!,
          path: `/${['api', base, path].filter((part) => part && part !== '/').join('/')}`.replace(
            /\/+/g,
            '/',
          ),
          access: reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS, [
            handler as () => unknown,
            controller,
          ]),
        });
      }
    }
  }
  return routes;
}

const key = (route: Route) => `${route.method} ${route.path}`;
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, () => randomUUID());

let testApp: TestApp;
let app: NestFastifyApplication;
let routes: Route[];
let guarded: (Route & { access: { kind: 'role'; role: TUserRole } })[];

beforeAll(async () => {
  testApp = await startTestApp({ SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN });
  app = testApp.app;
  routes = routeTable(app);
  guarded = routes.filter(
    (route): route is Route & { access: { kind: 'role'; role: TUserRole } } => route.access?.kind === 'role',
  );
});

afterAll(() => testApp?.close());

/** The route called with a made-up id for each path parameter and an empty body. */
function knock(route: Route, headers: Record<string, string> = {}) {
  return app.inject({ method: route.method as 'GET', url: concrete(route.path), payload: {}, headers });
}

describe('the route table', () => {
  it('is read whole (sanity check of the walk itself)', () => {
    expect(routes.map(key)).toEqual(expect.arrayContaining(['GET /api/health', 'GET /api/auth/me']));
    expect(guarded.length).toBeGreaterThan(3);
  });

  it('declares an access rule on every route', () => {
    expect(routes.filter((route) => route.access === undefined).map(key)).toEqual([]);
  });

  it('has no public route besides the intakes, the per-call form, health and sign-in', () => {
    expect(
      routes
        .filter((route) => route.access?.kind === 'public')
        .map(key)
        .sort(),
    ).toEqual(PUBLIC_ROUTES);
  });

  it('answers 401 on every guarded route without a session', async () => {
    const answers = await Promise.all(
      guarded.map(async (route) => {
        const response = await knock(route);
        return `${key(route)} → ${response.statusCode}`;
      }),
    );
    expect(answers).toEqual(guarded.map((route) => `${key(route)} → 401`));
  });

  it('answers 403 on every guarded route to a signed-in user whose role is too low', async () => {
    const expected: string[] = [];
    const answers: string[] = [];
    for (const role of ['agent', 'supervisor'] as const) {
      const { headers } = await signInAs(app, testApp.database, role);
      for (const route of guarded.filter((r) => !roleAllows(role, r.access.role))) {
        const response = await knock(route, headers);
        answers.push(`${role}: ${key(route)} → ${response.statusCode}`);
        expected.push(`${role}: ${key(route)} → 403`);
      }
    }
    expect(answers).toEqual(expected);
  });

  it('lets the right role through on every guarded route (whatever the route then answers)', async () => {
    const refused: string[] = [];
    for (const route of guarded) {
      // A session of its own per route: sign-out routes end theirs.
      const { headers } = await signInAs(app, testApp.database, route.access.role);
      const response = await knock(route, headers);
      if (response.statusCode === 401 || response.statusCode === 403)
        refused.push(`${key(route)} → ${response.statusCode}`);
    }
    expect(refused).toEqual([]);
  });

  it('accepts a SUPERVISOR_TOKEN on supervisor routes only, never on admin routes', async () => {
    const headers = { authorization: `Bearer ${TEST_SUPERVISOR_TOKEN}` };
    const answers = await Promise.all(
      guarded.map(async (route) => {
        const response = await knock(route, headers);
        const opened = response.statusCode !== 401 && response.statusCode !== 403;
        return `${key(route)} (${route.access.role}) ${opened ? 'opened' : 'closed'}`;
      }),
    );
    const expected = guarded.map(
      (route) =>
        `${key(route)} (${route.access.role}) ${
          route.access.role === 'supervisor' && route.path !== '/api/auth/realtime-ticket'
            ? 'opened'
            : 'closed'
        }`,
    );
    expect(answers).toEqual(expected);
  });
});
