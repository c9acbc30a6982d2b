import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SESSION_COOKIE, type TAuditEntry, type TPage, type TUserView } from '@screenpop/contracts';
import type { PrismaClient } from '@screenpop/db';
import { createTenant, createUser } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, issuePaths } from '../../test/admin-access.js';
import { signInAs, type SignedIn, TEST_PASSWORD } from '../../test/sessions.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;

const NEW_PASSWORD = 'a much longer passphrase';

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
  prisma = testApp.database.prisma;
});

afterAll(() => testApp?.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

function call(method: Method, url: string, headers: Record<string, string> = {}, payload?: object) {
  return app.inject({ method, url: `/api/admin/users${url}`, headers, ...(payload ? { payload } : {}) });
}

async function login(email: string, password: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const session = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  return { status: response.statusCode, headers: { cookie: `${SESSION_COOKIE}=${session?.value ?? ''}` } };
}

function me(headers: Record<string, string>) {
  return app.inject({ method: 'GET', url: '/api/auth/me', headers });
}

async function auditOf(tenantId: string, entityId: string) {
  const rows = await prisma.auditEntry.findMany({
    where: { tenantId, entityId },
    orderBy: { createdAt: 'asc' },
  });
  return rows;
}

describe('access to /api/admin/users', () => {
  it('answers 401 without a session and 403 to supervisors and agents, on every route, and changes nothing', async () => {
    const tenantId = (await createTenant(prisma)).id;
    const target = `/api/admin/users/${(await createUser(prisma, tenantId)).id}`;
    await expectAdminOnly(app, testApp.database, tenantId, [
      ['GET', '/api/admin/users'],
      ['GET', target],
      ['POST', '/api/admin/users', { email: 'someone@example.com', name: 'Someone', role: 'agent' }],
      ['PATCH', target, { name: 'Renamed' }],
      ['POST', `${target}/password`, { password: NEW_PASSWORD }],
      ['POST', `${target}/sign-out`],
      ['POST', `${target}/identities`, { platform: 'xivo', externalId: 'jdoe' }],
      ['DELETE', `${target}/identities/00000000-0000-4000-8000-000000000000`],
    ]);
    expect(await prisma.user.count({ where: { email: 'someone@example.com' } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { tenantId } })).toBe(0);
  });
});

describe('GET /api/admin/users', () => {
  let tenantId: string;
  let admin: SignedIn;

  beforeAll(async () => {
    tenantId = (await createTenant(prisma)).id;
    admin = await signInAs(app, testApp.database, 'admin', tenantId);
    await createUser(prisma, tenantId, {
      name: 'Alice Martin',
      email: 'alice@acme.test',
      role: 'supervisor',
    });
    const bob = await createUser(prisma, tenantId, {
      name: 'Bob Durand',
      email: 'bob@acme.test',
      password: null,
    });
    await prisma.userIdentity.create({
      data: { tenantId, userId: bob.id, platform: 'xivo', externalId: 'bdurand' },
    });
    await createUser(prisma, tenantId, { name: 'Carla Dupont', email: 'carla@acme.test', active: false });
    // Another tenant's users never show.
    const other = await createTenant(prisma);
    await createUser(prisma, other.id, { name: 'Alice Other', email: 'alice@other.test' });
  });

  async function list(query: Record<string, string> = {}) {
    const response = await app.inject({
      method: 'GET',
      url: '/api/admin/users',
      query,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json() as TPage<TUserView>;
  }

  it("lists the tenant's users by name, with their identities and never a password hash", async () => {
    const page = await list();
    expect(page.total).toBe(4);
    expect(page.items.map((user) => user.email)).toEqual([
      'alice@acme.test',
      'bob@acme.test',
      'carla@acme.test',
      admin.user.email,
    ]);
    const bob = page.items[1]!;
    expect(bob).toMatchObject({ role: 'agent', active: true, hasPassword: false, lastLoginAt: null });
    expect(bob.identities).toEqual([expect.objectContaining({ platform: 'xivo', externalId: 'bdurand' })]);
    expect(page.items[3]).toMatchObject({ hasPassword: true, role: 'admin' });
    expect(page.items[3]!.lastLoginAt).not.toBeNull();
    expect(JSON.stringify(page)).not.toMatch(/passwordHash|argon2/);
  });

  it('searches names, e-mail addresses and platform ids, and filters by role and state', async () => {
    expect((await list({ q: 'ALICE' })).items.map((user) => user.name)).toEqual(['Alice Martin']);
    expect((await list({ q: 'bob@' })).items.map((user) => user.name)).toEqual(['Bob Durand']);
    expect((await list({ q: 'bdurand' })).items.map((user) => user.name)).toEqual(['Bob Durand']);
    expect((await list({ role: 'agent' })).items.map((user) => user.name)).toEqual([
      'Bob Durand',
      'Carla Dupont',
    ]);
    expect((await list({ active: 'false' })).items.map((user) => user.name)).toEqual(['Carla Dupont']);
    expect((await list({ role: 'agent', active: 'true' })).total).toBe(1);
    expect((await list({ q: 'nobody' })).items).toEqual([]);
  });

  it('pages', async () => {
    const second = await list({ page: '2', pageSize: '3' });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((user) => user.email)).toEqual([admin.user.email]);
  });

  it('names each bad filter', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/admin/users',
      query: { role: 'owner', active: 'yes', pageSize: '1000' },
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['active', 'pageSize', 'role']);
  });
});

describe('GET /api/admin/users/:id', () => {
  it("answers one user, and 404 for another tenant's user or a malformed id", async () => {
    const tenantId = (await createTenant(prisma)).id;
    const admin = await signInAs(app, testApp.database, 'admin', tenantId);
    const user = await createUser(prisma, tenantId, { name: 'Dora' });
    const response = await call('GET', `/${user.id}`, admin.headers);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, name: 'Dora', email: user.email, identities: [] });

    const stranger = await createUser(prisma, (await createTenant(prisma)).id);
    expect((await call('GET', `/${stranger.id}`, admin.headers)).statusCode).toBe(404);
    expect((await call('GET', '/not-a-uuid', admin.headers)).statusCode).toBe(404);
  });
});

describe('POST /api/admin/users', () => {
  let tenantId: string;
  let admin: SignedIn;

  beforeAll(async () => {
    tenantId = (await createTenant(prisma)).id;
    admin = await signInAs(app, testApp.database, 'admin', tenantId);
  });

  it('creates a supervisor with a password that signs in, and records it without the password', async () => {
    const response = await call('POST', '', admin.headers, {
      email: '  Sam.Super@Example.TEST ',
      name: ' Sam Super ',
      role: 'supervisor',
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json() as TUserView;
    expect(created).toMatchObject({
      email: 'sam.super@example.test',
      name: 'Sam Super',
      role: 'supervisor',
      active: true,
      hasPassword: true,
      locale: null,
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: created.id } })).tenantId).toBe(tenantId);

    const session = await login('sam.super@example.test', NEW_PASSWORD);
    expect(session.status).toBe(200);
    expect((await me(session.headers)).json()).toMatchObject({
      role: 'supervisor',
      tenant: { id: tenantId },
    });

    const [entry] = await auditOf(tenantId, created.id);
    expect(entry).toMatchObject({ action: 'user.created', entityType: 'user', actorId: admin.user.id });
    expect(JSON.stringify(entry)).not.toContain(NEW_PASSWORD);
  });

  it('creates an agent without a password, who cannot sign in with one', async () => {
    const response = await call('POST', '', admin.headers, {
      email: 'agent.007@example.test',
      name: 'Agent',
      role: 'agent',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ hasPassword: false, role: 'agent' });
    expect((await login('agent.007@example.test', '')).status).toBe(400);
    expect((await login('agent.007@example.test', 'anything at all')).status).toBe(401);
  });

  it('names each bad field: e-mail, name, role, a password under 12 characters', async () => {
    const response = await call('POST', '', admin.headers, {
      email: 'not an address',
      name: '',
      role: 'owner',
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['email', 'name', 'password', 'role']);
    const password = response.json().issues.find((issue: { path: string }) => issue.path === 'password');
    expect(password.message).toMatch(/12 characters/);
  });

  it('answers 409 naming email when any tenant already has the address', async () => {
    const elsewhere = await createUser(prisma, (await createTenant(prisma)).id, {
      email: 'taken@example.test',
    });
    const response = await call('POST', '', admin.headers, {
      email: 'TAKEN@example.test',
      name: 'X',
      role: 'agent',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toMatch(/^email: /);
    expect(await prisma.user.count({ where: { email: elsewhere.email } })).toBe(1);
  });
});

describe('PATCH /api/admin/users/:id', () => {
  let tenantId: string;
  let admin: SignedIn;

  beforeAll(async () => {
    tenantId = (await createTenant(prisma)).id;
    admin = await signInAs(app, testApp.database, 'admin', tenantId);
  });

  it('renames without ending sessions, and records what changed', async () => {
    const agent = await signInAs(app, testApp.database, 'agent', tenantId);
    const response = await call('PATCH', `/${agent.user.id}`, admin.headers, {
      name: 'New Name',
      locale: 'fr',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'New Name', locale: 'fr' });
    expect((await me(agent.headers)).statusCode).toBe(200);
    const [entry] = await auditOf(tenantId, agent.user.id);
    expect(entry).toMatchObject({
      action: 'user.updated',
      changes: { name: { from: agent.user.name, to: 'New Name' }, locale: { from: null, to: 'fr' } },
    });
  });

  it('a new role ends the sessions: the user signs in again with the new role', async () => {
    const agent = await signInAs(app, testApp.database, 'agent', tenantId);
    const response = await call('PATCH', `/${agent.user.id}`, admin.headers, { role: 'supervisor' });
    expect(response.statusCode).toBe(200);
    expect((await me(agent.headers)).statusCode).toBe(401);
    const again = await login(agent.user.email, TEST_PASSWORD);
    expect((await me(again.headers)).json()).toMatchObject({ role: 'supervisor' });
    const [entry] = await auditOf(tenantId, agent.user.id);
    expect(entry).toMatchObject({ changes: { role: { from: 'agent', to: 'supervisor' } } });
    expect(entry!.summary).toContain('role agent → supervisor');
  });

  it("a deactivated user's session stops working at once and they cannot sign in; reactivation lets them", async () => {
    const supervisor = await signInAs(app, testApp.database, 'supervisor', tenantId);
    expect((await me(supervisor.headers)).statusCode).toBe(200);
    const response = await call('PATCH', `/${supervisor.user.id}`, admin.headers, { active: false });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ active: false });
    expect((await me(supervisor.headers)).statusCode).toBe(401);
    expect(await prisma.userSession.count({ where: { userId: supervisor.user.id } })).toBe(0);
    expect((await login(supervisor.user.email, TEST_PASSWORD)).status).toBe(401);

    expect((await call('PATCH', `/${supervisor.user.id}`, admin.headers, { active: true })).statusCode).toBe(
      200,
    );
    expect((await login(supervisor.user.email, TEST_PASSWORD)).status).toBe(200);
    const actions = (await auditOf(tenantId, supervisor.user.id)).map((entry) => entry.summary);
    expect(actions).toEqual([expect.stringContaining('deactivated'), expect.stringContaining('reactivated')]);
  });

  it('a change to nothing records nothing', async () => {
    const agent = await createUser(prisma, tenantId, { name: 'Same' });
    const response = await call('PATCH', `/${agent.id}`, admin.headers, { name: 'Same', role: 'agent' });
    expect(response.statusCode).toBe(200);
    expect(await auditOf(tenantId, agent.id)).toEqual([]);
  });

  it('names bad fields, and refuses an empty change', async () => {
    const agent = await createUser(prisma, tenantId);
    const bad = await call('PATCH', `/${agent.id}`, admin.headers, {
      name: ' ',
      role: 'root',
      active: 'no',
      locale: 'de',
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual(['active', 'locale', 'name', 'role']);
    const empty = await call('PATCH', `/${agent.id}`, admin.headers, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/at least one/);
  });

  it("answers 404 for another tenant's user and leaves them alone", async () => {
    const stranger = await createUser(prisma, (await createTenant(prisma)).id, { name: 'Stranger' });
    expect((await call('PATCH', `/${stranger.id}`, admin.headers, { active: false })).statusCode).toBe(404);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: stranger.id } })).toMatchObject({
      active: true,
    });
  });
});

describe('the last active administrator', () => {
  it('cannot be demoted or deactivated; once another admin exists, they can', async () => {
    const tenantId = (await createTenant(prisma)).id;
    const admin = await signInAs(app, testApp.database, 'admin', tenantId);
    // An inactive admin does not count.
    const dormant = await createUser(prisma, tenantId, { role: 'admin', active: false });

    for (const change of [{ role: 'supervisor' }, { active: false }]) {
      const response = await call('PATCH', `/${admin.user.id}`, admin.headers, change);
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toMatch(/last active administrator/);
    }
    expect((await me(admin.headers)).json()).toMatchObject({ role: 'admin' });
    expect(await auditOf(tenantId, admin.user.id)).toEqual([]);

    expect((await call('PATCH', `/${dormant.id}`, admin.headers, { active: true })).statusCode).toBe(200);
    const demoted = await call('PATCH', `/${dormant.id}`, admin.headers, { role: 'agent' });
    expect(demoted.statusCode).toBe(200);

    const second = await createUser(prisma, tenantId, { role: 'admin' });
    expect((await call('PATCH', `/${second.id}`, admin.headers, { active: false })).statusCode).toBe(200);
    expect((await call('PATCH', `/${second.id}`, admin.headers, { active: true })).statusCode).toBe(200);
    // The admin may step down themselves while another admin remains; their session ends.
    expect((await call('PATCH', `/${admin.user.id}`, admin.headers, { role: 'supervisor' })).statusCode).toBe(
      200,
    );
    expect((await me(admin.headers)).statusCode).toBe(401);
  });
});

describe('POST /api/admin/users/:id/password', () => {
  it('sets a password that works on sign-in, ends the other sessions, and records no password', async () => {
    const tenantId = (await createTenant(prisma)).id;
    const admin = await signInAs(app, testApp.database, 'admin', tenantId);
    const agent = await signInAs(app, testApp.database, 'agent', tenantId);

    const response = await call('POST', `/${agent.user.id}/password`, admin.headers, {
      password: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ hasPassword: true });
    expect((await me(agent.headers)).statusCode).toBe(401);
    expect((await login(agent.user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await login(agent.user.email, NEW_PASSWORD)).status).toBe(200);

    const entries = await auditOf(tenantId, agent.user.id);
    expect(entries).toEqual([expect.objectContaining({ action: 'user.password_set' })]);
    expect(JSON.stringify(entries)).not.toContain(NEW_PASSWORD);

    // An agent created without a password gets one.
    const platformOnly = await createUser(prisma, tenantId, { password: null });
    expect((await login(platformOnly.email, NEW_PASSWORD)).status).toBe(401);
    await call('POST', `/${platformOnly.id}/password`, admin.headers, { password: NEW_PASSWORD });
    expect((await login(platformOnly.email, NEW_PASSWORD)).status).toBe(200);

    // An admin changing their own password keeps the session they use.
    expect(
      (await call('POST', `/${admin.user.id}/password`, admin.headers, { password: NEW_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await me(admin.headers)).statusCode).toBe(200);
  });

  it("names a short password, and answers 404 for another tenant's user", async () => {
    const tenantId = (await createTenant(prisma)).id;
    const admin = await signInAs(app, testApp.database, 'admin', tenantId);
    const agent = await createUser(prisma, tenantId);
    const short = await call('POST', `/${agent.id}/password`, admin.headers, { password: 'elevenchars' });
    expect(short.statusCode).toBe(400);
    expect(issuePaths(short.json())).toEqual(['password']);
    const stranger = await createUser(prisma, (await createTenant(prisma)).id);
    const foreign = await call('POST', `/${stranger.id}/password`, admin.headers, { password: NEW_PASSWORD });
    expect(foreign.statusCode).toBe(404);
    expect((await login(stranger.email, NEW_PASSWORD)).status).toBe(401);
  });
});

describe('POST /api/admin/users/:id/sign-out', () => {
  it('ends every session of the user and says how many', async () => {
    const tenantId = (await createTenant(prisma)).id;
    const admin = await signInAs(app, testApp.database, 'admin', tenantId);
    const supervisor = await signInAs(app, testApp.database, 'supervisor', tenantId);
    const second = await login(supervisor.user.email, TEST_PASSWORD);

    const response = await call('POST', `/${supervisor.user.id}/sign-out`, admin.headers);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ revokedSessions: 2 });
    expect((await me(supervisor.headers)).statusCode).toBe(401);
    expect((await me(second.headers)).statusCode).toBe(401);
    expect(await auditOf(tenantId, supervisor.user.id)).toEqual([
      expect.objectContaining({ action: 'user.signed_out', changes: { revokedSessions: 2 } }),
    ]);

    const stranger = await signInAs(app, testApp.database, 'agent');
    expect((await call('POST', `/${stranger.user.id}/sign-out`, admin.headers)).statusCode).toBe(404);
    expect((await me(stranger.headers)).statusCode).toBe(200);
  });
});

describe('platform identities', () => {
  let tenantId: string;
  let admin: SignedIn;

  beforeAll(async () => {
    tenantId = (await createTenant(prisma)).id;
    admin = await signInAs(app, testApp.database, 'admin', tenantId);
  });

  it('links and unlinks identities, and records both', async () => {
    const agent = await createUser(prisma, tenantId, { password: null });
    const xivo = await call('POST', `/${agent.id}/identities`, admin.headers, {
      platform: 'xivo',
      externalId: ' jdoe ',
    });
    expect(xivo.statusCode).toBe(201);
    const shuttle = await call('POST', `/${agent.id}/identities`, admin.headers, {
      platform: 'shuttle',
      externalId: '1001',
    });
    const view = shuttle.json() as TUserView;
    expect(view.identities.map(({ platform, externalId }) => `${platform}:${externalId}`)).toEqual([
      'xivo:jdoe',
      'shuttle:1001',
    ]);

    const xivoId = view.identities.find((identity) => identity.platform === 'xivo')!.id;
    const unlinked = await call('DELETE', `/${agent.id}/identities/${xivoId}`, admin.headers);
    expect(unlinked.statusCode).toBe(200);
    expect((unlinked.json() as TUserView).identities.map((identity) => identity.platform)).toEqual([
      'shuttle',
    ]);

    const entries = await auditOf(tenantId, agent.id);
    expect(entries.map((entry) => entry.action)).toEqual([
      'user.identity_linked',
      'user.identity_linked',
      'user.identity_unlinked',
    ]);
    expect(entries[0]).toMatchObject({ changes: { platform: 'xivo', externalId: 'jdoe' } });
  });

  it('answers 409 naming externalId when someone of the tenant has it; another tenant may use it', async () => {
    const first = await createUser(prisma, tenantId);
    const second = await createUser(prisma, tenantId);
    await call('POST', `/${first.id}/identities`, admin.headers, { platform: 'vodia', externalId: '201' });
    const taken = await call('POST', `/${second.id}/identities`, admin.headers, {
      platform: 'vodia',
      externalId: '201',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toMatch(/^externalId: .*201.*already linked/);

    const otherTenant = (await createTenant(prisma)).id;
    const otherAdmin = await signInAs(app, testApp.database, 'admin', otherTenant);
    const theirs = await createUser(prisma, otherTenant);
    const elsewhere = await call('POST', `/${theirs.id}/identities`, otherAdmin.headers, {
      platform: 'vodia',
      externalId: '201',
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it("names bad fields, and answers 404 for another tenant's user or identity", async () => {
    const agent = await createUser(prisma, tenantId);
    const bad = await call('POST', `/${agent.id}/identities`, admin.headers, {
      platform: 'teams',
      externalId: 'a b',
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual(['externalId', 'platform']);

    const otherTenant = (await createTenant(prisma)).id;
    const stranger = await createUser(prisma, otherTenant);
    const identity = await prisma.userIdentity.create({
      data: { tenantId: otherTenant, userId: stranger.id, platform: 'xivo', externalId: 'theirs' },
    });
    const link = await call('POST', `/${stranger.id}/identities`, admin.headers, {
      platform: 'xivo',
      externalId: 'x',
    });
    expect(link.statusCode).toBe(404);
    expect(
      (await call('DELETE', `/${stranger.id}/identities/${identity.id}`, admin.headers)).statusCode,
    ).toBe(404);
    // Not through one of the tenant's users either.
    expect((await call('DELETE', `/${agent.id}/identities/${identity.id}`, admin.headers)).statusCode).toBe(
      404,
    );
    expect(await prisma.userIdentity.count({ where: { id: identity.id } })).toBe(1);
  });
});

describe('the audit log of user changes', () => {
  it('filters by action prefix and actor, and lists the entity types', async () => {
    const tenantId = (await createTenant(prisma)).id;
    const admin = await signInAs(app, testApp.database, 'admin', tenantId);
    const created = (
      await call('POST', '', admin.headers, { email: 'audited@example.test', name: 'Audited', role: 'agent' })
    ).json() as TUserView;
    await call('POST', `/${created.id}/identities`, admin.headers, {
      platform: 'xivo',
      externalId: 'audited',
    });

    const audit = (query: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/admin/audit', query, headers: admin.headers });
    const all = (await audit({ action: 'user.' })).json() as TPage<TAuditEntry>;
    expect(all.items.map((entry) => entry.action)).toEqual(['user.identity_linked', 'user.created']);
    const exact = (
      await audit({ action: 'user.created', actorId: admin.user.id })
    ).json() as TPage<TAuditEntry>;
    expect(exact.items).toEqual([
      expect.objectContaining({ entityId: created.id, actorEmail: admin.user.email }),
    ]);
    expect((await audit({ actorId: 'nobody' })).statusCode).toBe(400);

    const types = await app.inject({
      method: 'GET',
      url: '/api/admin/audit/entity-types',
      headers: admin.headers,
    });
    expect(types.json()).toEqual({ entityTypes: ['user'] });
  });
});

describe('the API documentation', () => {
  it('documents every users route, and the user view has no password hash', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(document.paths['/api/admin/users']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/api/admin/users/{id}']!).sort()).toEqual(['get', 'patch']);
    for (const path of ['password', 'sign-out', 'identities']) {
      expect(document.paths[`/api/admin/users/{id}/${path}`]).toHaveProperty('post');
    }
    expect(document.paths['/api/admin/users/{id}/identities/{identityId}']).toHaveProperty('delete');
    expect(JSON.stringify(document.paths['/api/admin/users/{id}'])).not.toContain('passwordHash');
  });
});
