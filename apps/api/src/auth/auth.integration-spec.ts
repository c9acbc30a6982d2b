import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SESSION_COOKIE, type TAuthUser, type TRealtimeTicket } from '@screenpop/contracts';
import { bootstrapAdmin, type PrismaClient, verifyPassword } from '@screenpop/db';
import { createTenant, createUser } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, TEST_PASSWORD } from '../test/sessions.js';
import { connectSupervisor } from '../test/supervisor-socket.js';
import { startTestApp, type TestApp } from '../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let baseUrl: string;

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
  prisma = testApp.database.prisma;
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = await app.getUrl();
});

afterAll(() => testApp?.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

const realtimeTicket = (headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/auth/realtime-ticket', headers });

describe('POST /api/auth/login', () => {
  it('signs in with the right password: an httpOnly, SameSite=Lax session cookie holding no user data', async () => {
    const tenant = await createTenant(prisma, { name: 'Acme' });
    const user = await createUser(prisma, tenant.id, { role: 'supervisor', email: 'Sup@Example.com' });
    const response = await login('  sup@EXAMPLE.com ', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: user.id,
      email: 'sup@example.com',
      name: user.name,
      role: 'supervisor',
      locale: null,
      tenant: { id: tenant.id, slug: tenant.slug, name: 'Acme' },
    });
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // The tests' PUBLIC_WEB_URL is https: the cookie is Secure.
    expect(cookie?.secure).toBe(true);
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    // Only the token's digest is stored.
    const stored = await prisma.userSession.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenDigest).not.toContain(cookie!.value);
    expect(stored.tokenDigest).toMatch(/^[0-9a-f]{64}$/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it('answers the same 401 for a wrong password, an unknown e-mail, an inactive user and a user without password', async () => {
    const tenant = await createTenant(prisma);
    const inactive = await createUser(prisma, tenant.id, { active: false });
    const noPassword = await createUser(prisma, tenant.id, { password: null });
    const active = await createUser(prisma, tenant.id);
    const answers = await Promise.all([
      login(active.email, 'not the password'),
      login('nobody@example.com', TEST_PASSWORD),
      login(inactive.email, TEST_PASSWORD),
      login(noPassword.email, ''),
      login(noPassword.email, 'anything at all'),
    ]);
    const [wrong, unknown, deactivated, empty, none] = answers;
    for (const response of [wrong, unknown, deactivated, none]) {
      expect(response!.statusCode).toBe(401);
      expect(response!.json()).toMatchObject({ message: 'The e-mail address or the password is not right' });
      expect(response!.cookies).toHaveLength(0);
    }
    expect(empty!.statusCode).toBe(400);
    expect(empty!.json()).toMatchObject({ issues: [{ path: 'password', message: 'Enter your password' }] });
  });

  it('names the missing fields of a bad body', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { password: 1 } });
    expect(response.statusCode).toBe(400);
    const paths = (response.json() as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['email', 'password']);
  });
});

describe('sign-in attempts', () => {
  it('are limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE), with a message saying when to retry', async () => {
    const limited = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'someone@example.com', password: 'guess' },
          remoteAddress: '192.0.2.7',
        });
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await attempt()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const refused = await attempt();
      expect(refused.json()).toMatchObject({
        statusCode: 429,
        message: expect.stringMatching(
          /^Too many requests: at most 3 per minute from one client\. Retry in /,
        ),
      });
      // Another address is not held back by the first one's attempts.
      const other = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'someone@example.com', password: 'guess' },
        remoteAddress: '192.0.2.8',
      });
      expect(other.statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers the user of the cookie, 401 without one or with a forged one', async () => {
    const { user, headers } = await signInAs(app, testApp.database, 'agent');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.statusCode).toBe(200);
    expect((me.json() as TAuthUser).id).toBe(user.id);

    const none = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ statusCode: 401, message: 'Unauthorized: sign in first' });
    const forged = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `${SESSION_COOKIE}=${'x'.repeat(43)}` },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('logout ends this session only; logout-everywhere ends them all', async () => {
    const tenant = await createTenant(prisma);
    const first = await signInAs(app, testApp.database, 'admin', tenant.id);
    const second = await login(first.user.email, TEST_PASSWORD);
    const secondHeaders = {
      cookie: `${SESSION_COOKIE}=${second.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`,
    };
    const third = await login(first.user.email, TEST_PASSWORD);
    const thirdHeaders = {
      cookie: `${SESSION_COOKIE}=${third.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`,
    };

    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: first.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: first.headers })).statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: secondHeaders })).statusCode,
    ).toBe(200);

    const everywhere = await app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      headers: secondHeaders,
    });
    expect(everywhere.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: secondHeaders })).statusCode,
    ).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: thirdHeaders })).statusCode).toBe(
      401,
    );
    expect(await prisma.userSession.count({ where: { userId: first.user.id } })).toBe(0);
  });

  it('a session stops working when it expires or the user is deactivated', async () => {
    const expiring = await signInAs(app, testApp.database, 'agent');
    await prisma.userSession.updateMany({
      where: { userId: expiring.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: expiring.headers })).statusCode,
    ).toBe(401);

    const deactivated = await signInAs(app, testApp.database, 'admin');
    await prisma.user.update({ where: { id: deactivated.user.id }, data: { active: false } });
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: deactivated.headers })).statusCode,
    ).toBe(401);
  });

  it('answers 403 naming the role a route needs', async () => {
    const agent = await signInAs(app, testApp.database, 'agent');
    const response = await app.inject({ method: 'GET', url: '/api/calls/live', headers: agent.headers });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      statusCode: 403,
      message: 'Forbidden: this needs the supervisor role; you are agent',
    });
  });
});

describe('supervisors on the realtime socket', () => {
  it("a signed-in supervisor's ticket opens /realtime on their own tenant", async () => {
    const supervisor = await signInAs(app, testApp.database, 'supervisor');
    const issued = await realtimeTicket(supervisor.headers);
    expect(issued.statusCode).toBe(200);
    const { ticket, expiresAt } = issued.json() as TRealtimeTicket;
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);

    const socket = await connectSupervisor(baseUrl, { ticket });
    try {
      const subscribed = await socket.emitWithAck('subscribe' as never);
      const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: supervisor.user.tenantId } });
      expect(subscribed).toMatchObject({ tenant: tenant.slug });
    } finally {
      socket.close();
    }
  });

  it('refuses a forged, an expired or an agent ticket', async () => {
    const supervisor = await signInAs(app, testApp.database, 'supervisor');
    const { ticket } = (await realtimeTicket(supervisor.headers)).json() as TRealtimeTicket;
    const [sessionId, expires] = ticket.split('.');
    await expect(connectSupervisor(baseUrl, { ticket: `${sessionId}.${expires}.forged` })).rejects.toThrow(
      /ticket is not valid/,
    );
    await expect(connectSupervisor(baseUrl, { ticket: `${ticket.slice(0, -2)}xx` })).rejects.toThrow(
      /ticket is not valid/,
    );
    // Signing out ends the tickets of that session too.
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: supervisor.headers });
    await expect(connectSupervisor(baseUrl, { ticket })).rejects.toThrow(/ticket is not valid/);

    const agent = await signInAs(app, testApp.database, 'agent');
    const refused = await realtimeTicket(agent.headers);
    expect(refused.statusCode).toBe(403);
  });
});

describe('the first administrator', () => {
  it('is made once, with the given password or a generated one, and never with a default', async () => {
    const { database } = testApp;
    // The test database has users from the tests above but maybe no admin of its own making: start clean.
    await prisma.userSession.deleteMany({});
    await prisma.auditEntry.deleteMany({});
    await prisma.user.deleteMany({});
    const first = await bootstrapAdmin(database.prisma, {});
    expect(first).toMatchObject({ created: true, email: 'admin@example.com' });
    expect(first.generatedPassword).toMatch(/^[\w-]{16}$/);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    expect(admin.role).toBe('admin');
    expect(await verifyPassword(admin.passwordHash!, first.generatedPassword!)).toBe(true);
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await login('admin@example.com', first.generatedPassword!)).statusCode).toBe(200);

    expect(await bootstrapAdmin(database.prisma, { password: 'another-password-123' })).toEqual({
      created: false,
    });
    await expect(
      (async () => {
        await prisma.user.deleteMany({});
        return bootstrapAdmin(database.prisma, { password: 'short' });
      })(),
    ).rejects.toThrow(/at least 12 characters/);
  });
});
